package dev.steward.domain;

import java.util.Objects;

/**
 * One clause of a framework catalog: a function, article, control, threat, ...
 *
 * @param catalogId the catalog it belongs to
 * @param ref       the clause id as the framework writes it ("GOVERN 1.1", "A.6.2.8", "Art. 14")
 * @param parentRef the parent clause's ref, or null for a root
 * @param level     depth in the catalog's tree, 1 for roots
 * @param title     short title, never blank
 * @param text      official or summarised text; empty when the catalog carries none (ISO 42001)
 * @param kind      the framework's own name for this level ("subcategory", "article", "control"), may be empty
 */
public record Clause(String catalogId, String ref, String parentRef, int level, String title, String text, String kind) {

    public Clause {
        Objects.requireNonNull(catalogId, "catalogId");
        requireText(ref, "ref");
        requireText(title, "title of " + ref);
        if (level < 1) {
            throw new IllegalArgumentException("level of " + ref + " must be >= 1, was " + level);
        }
        if ((parentRef == null) != (level == 1)) {
            throw new IllegalArgumentException("clause " + ref + ": only roots (no parent) have level 1");
        }
        text = text == null ? "" : text;
        kind = kind == null ? "" : kind;
    }

    public boolean isRoot() {
        return parentRef == null;
    }

    private static void requireText(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(what + " must not be blank");
        }
    }
}
