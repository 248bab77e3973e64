package dev.steward.domain;

/** How a control or clause relates to a clause of another framework (set-theoretic, as in NIST OLIR). */
public enum Relation {
    EQUAL, SUBSET, SUPERSET, INTERSECT
}
