package dev.steward.domain;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CatalogDiffTest {

    static Catalog catalog(String version, Clause... clauses) {
        return new Catalog("pol", "Policy", version, "Acme", "own", "internal", null, null, List.of(), List.of(clauses));
    }

    static Clause clause(String ref, String parent, int level, String title) {
        return new Clause("pol", ref, parent, level, title, "", "");
    }

    private final Catalog v1 = catalog("1", clause("1", null, 1, "Scope"), clause("1.1", "1", 2, "Who"),
            clause("1.2", "1", 2, "What"), clause("2", null, 1, "Roles"));
    private final Catalog v2 = catalog("2", clause("1", null, 1, "Scope and purpose"), clause("1.1", "1", 2, "Who"),
            clause("2", null, 1, "Roles"), clause("2.1", "2", 2, "Owner"), clause("3", null, 1, "Review"));

    @Test
    void findsAddedRemovedAndRetitledClausesInDocumentOrder() {
        CatalogDiff d = CatalogDiff.between(v1, v2);
        assertThat(d.added()).containsExactly("2.1", "3");
        assertThat(d.removed()).containsExactly("1.2");
        assertThat(d.retitled()).containsExactly(new CatalogDiff.Retitled("1", "Scope", "Scope and purpose"));
        assertThat(d.summary()).isEqualTo("2 added, 1 removed, 1 retitled");
        assertThat(d.isEmpty()).isFalse();
    }

    @Test
    void sameVersionHasNoChanges() {
        assertThat(CatalogDiff.between(v1, v1).isEmpty()).isTrue();
    }

    @Test
    void mappingsToRemovedClausesAreFlaggedNotDropped() {
        Mapping toRemoved = new Mapping("M-0001", "C-0001", "pol", "1.2", Relation.SUBSET, "x");
        Mapping toKept = new Mapping("M-0002", "C-0001", "pol", "1.1", Relation.EQUAL, "x");
        Mapping otherCatalog = new Mapping("M-0003", "C-0001", "other", "1.2", Relation.EQUAL, "x");
        CatalogDiff d = CatalogDiff.between(v1, v2);
        Set<String> refs = CatalogDiff.titles(v2).keySet();
        List<Mapping> all = List.of(toRemoved, toKept, otherCatalog);
        assertThat(d.orphaned(all, refs)).containsExactly(toRemoved);
    }

    @Test
    void refusesToCompareDifferentCatalogs() {
        Catalog other = new Catalog("x", "X", "1", "p", "s", "l", null, null, List.of(), List.of(new Clause("x", "1", null, 1, "t", "", "")));
        assertThatThrownBy(() -> CatalogDiff.between(v1, other)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void adoptionKeepsTheTitleSnapshotInOrder() {
        CatalogAdoption a = CatalogAdoption.of(v2, Instant.parse("2026-01-01T00:00:00Z"), "alice");
        assertThat(a.version()).isEqualTo("2");
        assertThat(a.clauseTitles().keySet()).containsExactly("1", "1.1", "2", "2.1", "3");
    }
}
