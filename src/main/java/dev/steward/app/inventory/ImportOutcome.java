package dev.steward.app.inventory;

/** What the import does (or, in a dry run, would do) with one row. */
public enum ImportOutcome {
    CREATE, UPDATE, UNCHANGED, INVALID
}
