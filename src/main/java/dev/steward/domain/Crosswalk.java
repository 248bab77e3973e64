package dev.steward.domain;

import java.util.List;
import java.util.Objects;

/**
 * Published links between the clauses of two catalogs, shipped as data (never derived by Steward).
 *
 * @param notes provenance remarks, fixes and printed discrepancies the user should see
 */
public record Crosswalk(String id, String fromCatalog, String toCatalog, String source, String licence,
                        List<String> notes, List<CrosswalkPair> pairs) {

    public Crosswalk {
        for (String s : new String[] {id, fromCatalog, toCatalog, source, licence}) {
            if (s == null || s.isBlank()) {
                throw new IllegalArgumentException("crosswalk " + id + ": id, catalogs, source and licence are required");
            }
        }
        notes = List.copyOf(Objects.requireNonNull(notes, "notes"));
        pairs = List.copyOf(Objects.requireNonNull(pairs, "pairs"));
    }

    /** Pairs whose source clause is the given ref. */
    public List<CrosswalkPair> pairsFrom(String fromRef) {
        return pairs.stream().filter(p -> p.fromRef().equals(fromRef)).toList();
    }

    /** Pairs whose target clause is the given ref. */
    public List<CrosswalkPair> pairsTo(String toRef) {
        return pairs.stream().filter(p -> p.toRef().equals(toRef)).toList();
    }
}
