package dev.steward.ui.frameworks;

import dev.steward.domain.Catalog;
import dev.steward.domain.Clause;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Search-as-you-type over refs, titles and text: every word must occur; ancestors of matches stay visible. */
final class ClauseSearch {

    private ClauseSearch() {
    }

    /** The refs that match {@code query}; every ref when the query is blank. */
    static Set<String> matches(Catalog catalog, String query) {
        List<String> words = Arrays.stream(query == null ? new String[0] : query.toLowerCase(Locale.ROOT).split("\\s+"))
                .filter(w -> !w.isBlank()).toList();
        Set<String> out = new HashSet<>();
        for (Clause c : catalog.clauses()) {
            String hay = (c.ref() + " " + c.title() + " " + c.text()).toLowerCase(Locale.ROOT);
            if (words.stream().allMatch(hay::contains)) out.add(c.ref());
        }
        return out;
    }

    /** Matching clauses and their ancestors, in document order. */
    static List<Clause> visible(Catalog catalog, Set<String> matches) {
        Set<String> keep = new HashSet<>();
        for (String ref : matches) {
            for (Clause c = catalog.clause(ref).orElse(null); c != null && keep.add(c.ref());
                 c = c.isRoot() ? null : catalog.clause(c.parentRef()).orElse(null)) {
                // walk up until a kept ancestor: its own ancestors are kept already
            }
        }
        return catalog.clauses().stream().filter(c -> keep.contains(c.ref())).toList();
    }
}
