package dev.steward.catalog;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Each fixture under broken-catalogs/ yields exactly the expected file, pointer and message. */
class BrokenCatalogsTest {

    private static final Path ROOT = Path.of("src/test/resources/broken-catalogs");

    private static CatalogSet load(String fixture) {
        return new CatalogLoader().loadDirectory(ROOT.resolve(fixture));
    }

    private static String file(String fixture, String name) {
        return ROOT.resolve(fixture).resolve(name).toString();
    }

    @Test
    void duplicateRef() {
        CatalogSet set = load("duplicate-ref");
        assertThat(set.problems()).containsExactly(new CatalogProblem(file("duplicate-ref", "test.json"),
                "/clauses/2/ref", "duplicate ref 'A' (first at /clauses/0)"));
        assertThat(set.catalogs()).isEmpty();
    }

    @Test
    void unknownParent() {
        assertThat(load("unknown-parent").problems()).containsExactly(new CatalogProblem(
                file("unknown-parent", "test.json"), "/clauses/1/parent", "unknown parent 'B'"));
    }

    @Test
    void inconsistentLevel() {
        assertThat(load("bad-level").problems()).containsExactly(new CatalogProblem(file("bad-level", "test.json"),
                "/clauses/1/level", "level must be 2 (parent 'A' has level 1), was 3"));
    }

    @Test
    void missingRequiredFields() {
        String f = file("missing-field", "test.json");
        assertThat(load("missing-field").problems()).containsExactly(
                new CatalogProblem(f, "/publisher", "missing required field 'publisher'"),
                new CatalogProblem(f, "/clauses/0/title", "'title' must be a non-empty string"));
    }

    @Test
    void malformedJsonNamesLineAndColumn() {
        assertThat(load("malformed").problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo(file("malformed", "test.json"));
            assertThat(p.jsonPointer()).isEmpty();
            assertThat(p.message()).isEqualTo("malformed JSON at line 3, column 3: Unexpected character ('\"' (code 34)):"
                    + " was expecting comma to separate Object entries");
        });
    }

    @Test
    void crosswalkWithUnknownRefsCatalogsAndRelationsIsSkippedWhileTheCatalogLoads() {
        CatalogSet set = load("crosswalk");
        String a = file("crosswalk", "crosswalks/test-to-other.json");
        String b = file("crosswalk", "crosswalks/unknown-catalog.json");
        assertThat(set.problems()).containsExactly(
                new CatalogProblem(a, "/pairs/1/to", "unknown clause 'C' in catalog 'test-cat'"),
                new CatalogProblem(a, "/pairs/2/relation",
                        "'relation' must be one of equal, intersect, subset, superset, was 'Equal'"),
                new CatalogProblem(b, "/to", "unknown catalog 'nowhere'"));
        assertThat(set.catalog("test-cat")).isPresent();
        assertThat(set.crosswalks()).isEmpty();
        assertThat(set.problems().get(2)).hasToString(b + ": /to: unknown catalog 'nowhere'");
    }

    @Test
    void validateApiReturnsNothingForTheShippedDirectory() {
        assertThat(new CatalogLoader().validate(Path.of("frameworks"))).isEmpty();
        assertThat(new CatalogLoader().validate(ROOT.resolve("nope"))).singleElement()
                .satisfies(p -> assertThat(p.message()).isEqualTo("not a directory"));
    }
}
