package dev.steward.catalog.oscal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.steward.app.CatalogImportException;
import dev.steward.catalog.CatalogLoader;
import dev.steward.catalog.FileCatalogSource;
import dev.steward.domain.Catalog;
import dev.steward.domain.Clause;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Export to OSCAL, import back: every clause keeps ref, parent, level, title, text and kind. */
class OscalRoundTripTest {

    @TempDir
    Path dir;

    static Stream<Catalog> catalogs() {
        Catalog custom = new Catalog("acme-ai-policy", "Acme AI Policy", "2026.1", "Acme Ltd", "Acme intranet",
                "internal", null, null, List.of("First note.", "Second note."), List.of(
                new Clause("acme-ai-policy", "1", null, 1, "Scope", "Applies to every agent.", "section"),
                new Clause("acme-ai-policy", "1.1", "1", 2, "Agents", "", "rule"),
                new Clause("acme-ai-policy", "1.1 (a)", "1.1", 3, "Shadow AI", "Multi\nline *text*.", "sub rule"),
                new Clause("acme-ai-policy", "1-1-a", "1.1", 3, "Slug clash", "", ""),
                new Clause("acme-ai-policy", "2", null, 1, "Review", "Yearly.", "")));
        return Stream.concat(new CatalogLoader().loadShipped().catalogs().stream(), Stream.of(custom));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("catalogs")
    void exportThenImportKeepsEveryClause(Catalog catalog) throws Exception {
        Clock clock = Clock.fixed(Instant.parse("2026-11-25T12:00:00Z"), ZoneOffset.UTC);
        FileCatalogSource source = new FileCatalogSource(dir.resolve("catalogs"), clock);
        Path out = dir.resolve(catalog.id() + "-oscal.json");
        source.exportOscal(catalog, out);
        // imported under another id, so shipped catalogs do not clash with themselves
        String text = Files.readString(out).replace("\"value\" : \"" + catalog.id() + "\"", "\"value\" : \"copy-" + catalog.id() + "\"");
        Files.writeString(out, text);
        Catalog back = source.importCatalog(out);

        assertThat(back.id()).isEqualTo("copy-" + catalog.id());
        assertThat(back.name()).isEqualTo(catalog.name());
        assertThat(back.version()).isEqualTo(catalog.version());
        assertThat(back.publisher()).isEqualTo(catalog.publisher());
        assertThat(back.source()).isEqualTo(catalog.source());
        assertThat(back.licence()).isEqualTo(catalog.licence());
        assertThat(back.notes()).isEqualTo(catalog.notes());
        assertThat(back.clauses()).hasSameSizeAs(catalog.clauses());
        // OSCAL nests children in their parent, so a catalog listed breadth-first comes back depth-first
        for (Clause a : catalog.clauses()) {
            Clause b = back.clause(a.ref()).orElseThrow(() -> new AssertionError("lost " + a.ref()));
            assertThat(List.of(b.ref(), String.valueOf(b.parentRef()), b.level(), b.title(), b.text(), b.kind()))
                    .as(a.ref()).isEqualTo(List.of(a.ref(), String.valueOf(a.parentRef()), a.level(), a.title(), a.text(), a.kind()));
        }
    }

    @Test
    void exportIsValidOscalShape() throws Exception {
        Catalog rmf = new CatalogLoader().loadShipped().catalog("nist-ai-rmf-1.0").orElseThrow();
        JsonNode json = new OscalExporter().export(rmf, Instant.parse("2026-11-25T12:00:00Z"));
        JsonNode cat = json.get("catalog");
        assertThat(cat.get("uuid").asText()).matches("[0-9a-f-]{36}");
        assertThat(cat.at("/metadata/oscal-version").asText()).isEqualTo("1.1.2");
        assertThat(cat.at("/metadata/last-modified").asText()).isEqualTo("2026-11-25T12:00:00Z");
        JsonNode govern = cat.at("/groups/0");
        assertThat(govern.get("id").asText()).isEqualTo("govern");
        assertThat(govern.at("/props/0/name").asText()).isEqualTo("label");
        JsonNode sub = govern.at("/controls/0/controls/0");
        assertThat(sub.get("id").asText()).matches(Oscal.TOKEN.pattern());
        assertThat(sub.at("/props/0/value").asText()).isEqualTo("GOVERN 1.1");
        assertThat(sub.at("/parts/0/name").asText()).isEqualTo("statement");
        // same catalog, same clock: the same file
        assertThat(new OscalExporter().export(rmf, Instant.parse("2026-11-25T12:00:00Z"))).isEqualTo(json);
    }

    @Test
    void tokensForRefs() {
        assertThat(Oscal.tokenFor("GOVERN 1.1")).isEqualTo("govern-1.1");
        assertThat(Oscal.tokenFor("Art. 14")).isEqualTo("art.-14");
        assertThat(Oscal.tokenFor("4.1")).isEqualTo("c-4.1");
        assertThat(Oscal.tokenFor("LLM01:2025")).isEqualTo("llm01-2025");
    }
}
