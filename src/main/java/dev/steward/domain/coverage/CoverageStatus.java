package dev.steward.domain.coverage;

/** Where a clause stands against the register's controls (DESIGN: Coverage). */
public enum CoverageStatus {
    /** A mapped control is implemented or verified and its relation is equal, subset or superset. */
    COVERED("Covered"),
    /** Mapped controls are only planned or in progress, or relate by intersection only. */
    PARTIAL("Partial"),
    /** No mapped control. */
    GAP("Gap"),
    /** Excluded with a justification; left out of the percentages. */
    NOT_APPLICABLE("Not applicable");

    private final String label;

    CoverageStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The better of two statuses for the same clause (covered beats partial beats gap). */
    static CoverageStatus best(CoverageStatus a, CoverageStatus b) {
        return a.ordinal() <= b.ordinal() ? a : b;
    }
}
