package dev.steward.domain;

import java.util.Objects;

/** One clause-to-clause link of a crosswalk: "fromRef relation toRef". */
public record CrosswalkPair(String fromRef, String toRef, Relation relation) {

    public CrosswalkPair {
        if (fromRef == null || fromRef.isBlank() || toRef == null || toRef.isBlank()) {
            throw new IllegalArgumentException("crosswalk pair needs both refs: " + fromRef + " -> " + toRef);
        }
        Objects.requireNonNull(relation, "relation");
    }
}
