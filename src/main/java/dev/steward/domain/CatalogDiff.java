package dev.steward.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What changed between two versions of one catalog, compared by clause ref: clauses added, removed
 * and retitled. Works on ref-to-title maps so a register can keep a small snapshot of the version it adopted.
 */
public record CatalogDiff(String catalogId, List<String> added, List<String> removed, List<Retitled> retitled) {

    /** A clause whose ref stayed but whose title changed. */
    public record Retitled(String ref, String oldTitle, String newTitle) {
    }

    public CatalogDiff {
        Objects.requireNonNull(catalogId, "catalogId");
        added = List.copyOf(added);
        removed = List.copyOf(removed);
        retitled = List.copyOf(retitled);
    }

    public static CatalogDiff between(Catalog before, Catalog after) {
        if (!before.id().equals(after.id())) {
            throw new IllegalArgumentException("cannot compare " + before.id() + " with " + after.id());
        }
        return between(after.id(), titles(before), titles(after));
    }

    /** @param before ref to title, in document order; likewise {@code after} */
    public static CatalogDiff between(String catalogId, Map<String, String> before, Map<String, String> after) {
        List<String> added = new ArrayList<>();
        List<String> removed = new ArrayList<>();
        List<Retitled> retitled = new ArrayList<>();
        after.forEach((ref, title) -> {
            String old = before.get(ref);
            if (old == null) {
                added.add(ref);
            } else if (!old.equals(title)) {
                retitled.add(new Retitled(ref, old, title));
            }
        });
        before.keySet().stream().filter(ref -> !after.containsKey(ref)).forEach(removed::add);
        return new CatalogDiff(catalogId, added, removed, retitled);
    }

    /** Ref to title in document order: the snapshot a register keeps of an adopted version. */
    public static Map<String, String> titles(Catalog catalog) {
        Map<String, String> out = new LinkedHashMap<>();
        catalog.clauses().forEach(c -> out.put(c.ref(), c.title()));
        return out;
    }

    public boolean isEmpty() {
        return added.isEmpty() && removed.isEmpty() && retitled.isEmpty();
    }

    /**
     * Mappings of this catalog whose clause is not in the new version: flagged for the user, never dropped.
     *
     * @param newRefs every ref of the new version (mappings to refs unknown to both versions are flagged too)
     */
    public List<Mapping> orphaned(List<Mapping> mappings, java.util.Set<String> newRefs) {
        return mappings.stream().filter(m -> m.frameworkId().equals(catalogId))
                .filter(m -> !newRefs.contains(m.clauseRef())).toList();
    }

    /** One line for people: "3 added, 1 removed, 2 retitled". */
    public String summary() {
        return added.size() + " added, " + removed.size() + " removed, " + retitled.size() + " retitled";
    }
}
