package dev.steward.domain;

public enum Decision {
    PENDING, APPROVED, REJECTED, CONDITIONAL;

    /** Lets the subject go ahead (a conditional approval does, under its conditions). */
    public boolean grants() {
        return this == APPROVED || this == CONDITIONAL;
    }
}
