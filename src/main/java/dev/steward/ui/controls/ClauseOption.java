package dev.steward.ui.controls;

import dev.steward.app.LoadedCatalogs;
import dev.steward.domain.Catalog;
import dev.steward.domain.Clause;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A clause offered by the mapping editor's search-as-you-type. */
public record ClauseOption(String frameworkId, String catalogName, String ref, String title) {

    @Override
    public String toString() {
        return ref + " — " + title + "  (" + catalogName + ")";
    }

    /**
     * Clauses of every loaded catalog whose ref or title contains all the words typed (case-insensitive);
     * exact ref matches first, at most {@code limit}. An empty query gives nothing.
     */
    public static List<ClauseOption> search(LoadedCatalogs catalogs, String query, int limit) {
        String q = query == null ? "" : query.strip().toLowerCase(Locale.ROOT);
        if (q.isEmpty()) return List.of();
        String[] words = q.split("\\s+");
        List<ClauseOption> exact = new ArrayList<>();
        List<ClauseOption> others = new ArrayList<>();
        for (Catalog c : catalogs.catalogs()) {
            for (Clause cl : c.clauses()) {
                String ref = cl.ref().toLowerCase(Locale.ROOT);
                String hay = ref + " " + cl.title().toLowerCase(Locale.ROOT) + " " + c.id();
                boolean all = true;
                for (String w : words) all &= hay.contains(w);
                if (!all) continue;
                ClauseOption o = new ClauseOption(c.id(), c.name(), cl.ref(), cl.title());
                (ref.equals(q) ? exact : others).add(o);
            }
        }
        exact.addAll(others);
        return exact.size() > limit ? List.copyOf(exact.subList(0, limit)) : List.copyOf(exact);
    }
}
