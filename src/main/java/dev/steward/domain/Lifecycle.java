package dev.steward.domain;

/** Where an agent stands, in the order the committee moves it. */
public enum Lifecycle {
    PROPOSED, UNDER_REVIEW, APPROVED, PILOT, PRODUCTION, SUSPENDED, DECOMMISSIONED;

    /** Running against real systems and data (what policy checks care about most). */
    public boolean running() {
        return this == PILOT || this == PRODUCTION;
    }

    /** Needs periodic review: everything from approval until decommissioning. */
    public boolean inService() {
        return this == APPROVED || this == PILOT || this == PRODUCTION || this == SUSPENDED;
    }
}
