package dev.steward.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import dev.steward.domain.Catalog;
import dev.steward.domain.Crosswalk;
import dev.steward.domain.CrosswalkPair;
import dev.steward.domain.Relation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static dev.steward.catalog.Fields.pointer;

/** Reads and validates one crosswalk against the catalogs already loaded. */
final class CrosswalkReader {

    private final Map<String, Catalog> catalogs;

    CrosswalkReader(Map<String, Catalog> catalogs) {
        this.catalogs = catalogs;
    }

    Optional<Crosswalk> read(JsonNode root, Problems problems) {
        if (!Fields.isObject(root, "", problems)) {
            return Optional.empty();
        }
        String id = Fields.text(root, "id", "", problems);
        Catalog from = catalog(root, "from", problems);
        Catalog to = catalog(root, "to", problems);
        String source = Fields.text(root, "source", "", problems);
        String licence = Fields.text(root, "licence", "", problems);
        List<String> notes = new ArrayList<>(Fields.strings(root, "notes", "", problems));
        List<CrosswalkPair> pairs = pairs(root, from, to, problems);
        notes.addAll(discrepancies(root.get("discrepancies"), pairs, problems));
        if (!problems.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Crosswalk(id, from.id(), to.id(), source, licence, notes, pairs));
    }

    private Catalog catalog(JsonNode root, String field, Problems problems) {
        String id = Fields.text(root, field, "", problems);
        if (id == null) {
            return null;
        }
        Catalog c = catalogs.get(id);
        if (c == null) {
            problems.add("/" + field, "unknown catalog '" + id + "'");
        }
        return c;
    }

    private List<CrosswalkPair> pairs(JsonNode root, Catalog from, Catalog to, Problems problems) {
        List<CrosswalkPair> out = new ArrayList<>();
        JsonNode array = Fields.array(root, "pairs", "", problems);
        if (array == null) {
            return out;
        }
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < array.size(); i++) {
            String at = pointer("/pairs", i);
            JsonNode p = array.get(i);
            if (!Fields.isObject(p, at, problems)) {
                continue;
            }
            String f = clauseRef(p, "from", from, at, problems);
            String t = clauseRef(p, "to", to, at, problems);
            Relation r = Relations.parse(p, at, problems);
            if (f != null && t != null && seen.putIfAbsent(f + "\u0000" + t, i) != null) {
                problems.add(at, "duplicate pair '" + f + "' -> '" + t + "' (first at /pairs/" + seen.get(f + "\u0000" + t) + ")");
            }
            if (f != null && t != null && r != null) {
                out.add(new CrosswalkPair(f, t, r));
            }
        }
        return out;
    }

    private static String clauseRef(JsonNode p, String field, Catalog catalog, String at, Problems problems) {
        String ref = Fields.text(p, field, at, problems);
        if (ref != null && catalog != null && !catalog.contains(ref)) {
            problems.add(pointer(at, field), "unknown clause '" + ref + "' in catalog '" + catalog.id() + "'");
        }
        return ref;
    }

    /** Printed discrepancies become notes, after checking that each names a pair of this crosswalk. */
    private static List<String> discrepancies(JsonNode array, List<CrosswalkPair> pairs, Problems problems) {
        List<String> out = new ArrayList<>();
        if (array == null) {
            return out;
        }
        if (!array.isArray()) {
            problems.add("/discrepancies", "'discrepancies' must be an array");
            return out;
        }
        for (int i = 0; i < array.size(); i++) {
            String at = pointer("/discrepancies", i);
            JsonNode d = array.get(i);
            if (!Fields.isObject(d, at, problems)) {
                continue;
            }
            String f = Fields.text(d, "from", at, problems);
            String t = Fields.text(d, "to", at, problems);
            String note = Fields.text(d, "note", at, problems);
            if (f != null && t != null && pairs.stream().noneMatch(p -> p.fromRef().equals(f) && p.toRef().equals(t))) {
                problems.add(at, "discrepancy names no pair of this crosswalk: '" + f + "' -> '" + t + "'");
            }
            out.add("Discrepancy " + f + " -> " + t + ": " + note);
        }
        return out;
    }
}
