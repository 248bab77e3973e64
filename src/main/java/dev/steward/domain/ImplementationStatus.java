package dev.steward.domain;

public enum ImplementationStatus {
    PLANNED, IN_PROGRESS, IMPLEMENTED, VERIFIED, NOT_APPLICABLE;

    /** Counts as covering a clause (DESIGN: covered = a mapped control implemented or verified). */
    public boolean inPlace() {
        return this == IMPLEMENTED || this == VERIFIED;
    }
}
