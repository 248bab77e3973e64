package dev.steward.catalog;

import dev.steward.app.CatalogImportException;
import dev.steward.app.CatalogIssue;
import dev.steward.app.LoadedCatalogs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Custom catalogs: imported after full validation, refused atomically with file + pointer + message. */
class CustomCatalogImportTest {

    @TempDir
    Path dir;

    private FileCatalogSource source() {
        return new FileCatalogSource(dir.resolve("catalogs"), Clock.systemUTC());
    }

    private Path write(String name, String json) throws Exception {
        Path f = dir.resolve(name);
        Files.writeString(f, json);
        return f;
    }

    private static final String POLICY = """
            {"id": "acme-policy", "name": "Acme AI policy", "version": "1", "publisher": "Acme", "source": "intranet",
             "licence": "internal", "clauses": [
              {"ref": "1", "parent": null, "level": 1, "title": "Scope", "text": "All agents."},
              {"ref": "1.1", "parent": "1", "level": 2, "title": "Shadow AI"}]}""";

    @Test
    void importsStewardJsonAndLoadsItAsCustomBesideTheShippedOnes() throws Exception {
        var c = source().importCatalog(write("policy.json", POLICY));
        assertThat(c.clauses()).hasSize(2);
        assertThat(dir.resolve("catalogs/acme-policy.json")).exists();
        LoadedCatalogs all = source().load();
        assertThat(all.catalog("acme-policy")).isPresent();
        assertThat(all.isCustom("acme-policy")).isTrue();
        assertThat(all.isCustom("nist-ai-rmf-1.0")).isFalse();
        assertThat(all.catalogs()).hasSize(9);
        assertThat(all.problems()).isEmpty();
    }

    @Test
    void refusesABrokenCatalogNamingEveryProblemAndWritesNothing() throws Exception {
        Path f = write("broken.json", POLICY.replace("\"parent\": \"1\"", "\"parent\": \"9\"").replace("\"publisher\": \"Acme\", ", ""));
        CatalogImportException e = catchThrowableOfType(CatalogImportException.class, () -> source().importCatalog(f));
        assertThat(e.problems()).containsExactly(
                new CatalogIssue(f.toString(), "/publisher", "missing required field 'publisher'"),
                new CatalogIssue(f.toString(), "/clauses/1/parent", "unknown parent '9'"));
        assertThat(dir.resolve("catalogs")).doesNotExist();
    }

    @Test
    void refusesAShippedId() throws Exception {
        Path f = write("rmf.json", POLICY.replace("acme-policy", "nist-ai-rmf-1.0"));
        CatalogImportException e = catchThrowableOfType(CatalogImportException.class, () -> source().importCatalog(f));
        assertThat(e.problems()).singleElement().extracting(CatalogIssue::pointer).isEqualTo("/id");
    }

    @Test
    void refusesMalformedOscalWithPointersIntoTheOscalDocument() throws Exception {
        Path f = write("oscal.json", """
                {"catalog": {"uuid": "x", "metadata": {"title": "Org", "version": "1"},
                  "groups": [{"id": "g1", "title": "Group", "controls": [{"id": "c1"}, {"title": "No id"}, 7]}]}}""");
        CatalogImportException e = catchThrowableOfType(CatalogImportException.class, () -> source().importCatalog(f));
        assertThat(e.problems()).containsExactly(
                new CatalogIssue(f.toString(), "/catalog/groups/0/controls/0/title", "missing required field 'title'"),
                new CatalogIssue(f.toString(), "/catalog/groups/0/controls/1/id",
                        "missing 'id' (and no 'label' prop to use as the clause ref)"),
                new CatalogIssue(f.toString(), "/catalog/groups/0/controls/2", "expected a JSON object"));
    }

    @Test
    void importsAPlainOscalCatalogUsingLabelsAndIds() throws Exception {
        Path f = write("Org Policy.json", """
                {"catalog": {"uuid": "x", "metadata": {"title": "Org policy", "version": "3", "last-modified": "2026-01-01T00:00:00Z",
                   "oscal-version": "1.1.2", "parties": [{"uuid": "p", "type": "organization", "name": "Org"}]},
                  "groups": [{"id": "ac", "title": "Access", "controls": [
                    {"id": "ac-1", "title": "Policy", "props": [{"name": "label", "value": "AC-1"}],
                     "parts": [{"id": "ac-1_smt", "name": "statement", "prose": "Do this:",
                                "parts": [{"id": "a", "name": "item", "prose": "a. first"}]}],
                     "controls": [{"id": "ac-1.1", "title": "Enhancement"}]}]}]}}""");
        var c = source().importCatalog(f);
        assertThat(c.id()).isEqualTo("org-policy");
        assertThat(c.publisher()).isEqualTo("Org");
        assertThat(c.clause("AC-1").orElseThrow().text()).isEqualTo("Do this:\na. first");
        assertThat(c.clause("AC-1").orElseThrow().parentRef()).isEqualTo("ac");
        assertThat(c.clause("ac-1.1").orElseThrow().level()).isEqualTo(3);
    }

    @Test
    void refusesTooDeepOrNonCatalogJson() throws Exception {
        Path deep = write("deep.json", "[".repeat(5000) + "]".repeat(5000));
        CatalogImportException e = catchThrowableOfType(CatalogImportException.class, () -> source().importCatalog(deep));
        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo(deep.toString());
            assertThat(p.message()).startsWith("malformed JSON").contains("nesting depth");
        });
    }

    @Test
    void aBrokenCustomCatalogIsReportedAndTheOthersStillLoad() throws Exception {
        Files.createDirectories(dir.resolve("catalogs"));
        Files.writeString(dir.resolve("catalogs/bad.json"), POLICY.replace("\"level\": 2", "\"level\": 3"));
        LoadedCatalogs all = source().load();
        assertThat(all.catalogs()).hasSize(8);
        assertThat(all.problems()).containsExactly(new CatalogIssue(dir.resolve("catalogs/bad.json").toString(),
                "/clauses/1/level", "level must be 2 (parent '1' has level 1), was 3"));
    }
}
