package dev.steward.domain;

/** How often a control is tested, as a whole number of months. */
public enum TestFrequency {
    MONTHLY(1), QUARTERLY(3), SEMI_ANNUAL(6), ANNUAL(12);

    private final int months;

    TestFrequency(int months) {
        this.months = months;
    }

    public int months() {
        return months;
    }
}
