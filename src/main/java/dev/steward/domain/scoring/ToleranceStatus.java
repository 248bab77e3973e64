package dev.steward.domain.scoring;

/**
 * Where a risk stands against its category's tolerance. Only WITHIN, ACCEPTED and CLOSED are in
 * tolerance; the others are out of tolerance, and those without a live plan need a decision.
 */
public enum ToleranceStatus {
    WITHIN("Within tolerance", false, false),
    ACCEPTED("Accepted", false, false),
    CLOSED("Closed", false, false),
    IN_TREATMENT("Out of tolerance · in treatment", true, false),
    TREATMENT_OVERDUE("Out of tolerance · treatment overdue", true, true),
    ACCEPTANCE_EXPIRED("Out of tolerance · acceptance expired", true, true),
    UNTREATED("Out of tolerance · no treatment or acceptance", true, true);

    private final String label;
    private final boolean outOfTolerance;
    private final boolean needsDecision;

    ToleranceStatus(String label, boolean outOfTolerance, boolean needsDecision) {
        this.label = label;
        this.outOfTolerance = outOfTolerance;
        this.needsDecision = needsDecision;
    }

    public String label() {
        return label;
    }

    public boolean outOfTolerance() {
        return outOfTolerance;
    }

    /** Out of tolerance with nothing current in hand: the committee must treat or accept it. */
    public boolean needsDecision() {
        return needsDecision;
    }
}
