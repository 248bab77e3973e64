package dev.steward.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import dev.steward.domain.Relation;

import java.util.Locale;
import java.util.Set;

/** The lower-case relation names used in the data files. */
final class Relations {

    static final Set<String> NAMES = Set.of("equal", "subset", "superset", "intersect");

    private Relations() {
    }

    static Relation parse(JsonNode obj, String at, Problems problems) {
        String name = Fields.oneOf(obj, "relation", NAMES, at, problems);
        return name == null ? null : Relation.valueOf(name.toUpperCase(Locale.ROOT));
    }
}
