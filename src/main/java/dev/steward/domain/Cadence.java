package dev.steward.domain;

/** How often a recurring governance activity comes round. */
public enum Cadence {
    WEEKLY("Weekly", 0),
    MONTHLY("Monthly", 1),
    QUARTERLY("Quarterly", 3),
    HALF_YEARLY("Half-yearly", 6),
    ANNUAL("Annual", 12);

    private final String label;
    private final int months;

    Cadence(String label, int months) {
        this.label = label;
        this.months = months;
    }

    public String label() {
        return label;
    }

    /** Months between occurrences; 0 for the weekly cadence. */
    public int months() {
        return months;
    }
}
