package dev.steward.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.steward.domain.Catalog;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ControlLibraryTest {

    private final CatalogSet shipped = new CatalogLoader().loadShipped();

    @Test
    void shippedLibraryIsValid() {
        assertThat(new ControlLibraryValidator(shipped).validateShipped()).isEmpty();
        assertThat(new ControlLibraryValidator(shipped).validate(Path.of("templates/controls.json"))).isEmpty();
    }

    @Test
    void everyControlMapsToANistSubcategoryAnIsoAnnexAControlAndAnEuArticle() throws IOException {
        JsonNode controls = new ObjectMapper().readTree(Path.of("templates/controls.json").toFile()).get("controls");
        assertThat(controls.size()).isGreaterThanOrEqualTo(25);
        Catalog nist = shipped.catalog("nist-ai-rmf-1.0").orElseThrow();
        Catalog iso = shipped.catalog("iso-iec-42001-2023").orElseThrow();
        Catalog eu = shipped.catalog("eu-ai-act-2024-1689").orElseThrow();
        for (JsonNode c : controls) {
            List<String> kinds = new ArrayList<>();
            for (JsonNode m : c.get("mappings")) {
                Catalog cat = shipped.catalog(m.get("framework").asText()).orElseThrow();
                kinds.add(cat.id() + ":" + cat.clause(m.get("ref").asText()).orElseThrow().kind());
                assertThat(m.get("rationale").asText()).hasSizeGreaterThan(20);
            }
            assertThat(kinds).as(c.get("id").asText())
                    .contains(nist.id() + ":subcategory", iso.id() + ":control", eu.id() + ":article");
        }
    }

    @Test
    void brokenLibraryNamesFileAndPointer() {
        Path file = Path.of("src/test/resources/broken-catalogs/controls/controls.json");
        assertThat(new ControlLibraryValidator(shipped).validate(file)).extracting(CatalogProblem::toString)
                .containsExactly(
                        file + ": /controls/0/kind: 'kind' must be one of CORRECTIVE, DETECTIVE, DIRECTIVE, PREVENTIVE, was 'PREVENT'",
                        file + ": /controls/0/mappings/0/ref: unknown clause 'GOVERN 9.9' in catalog 'nist-ai-rmf-1.0'",
                        file + ": /controls/0/mappings/1/relation: 'relation' must be one of equal, intersect, subset, superset, was 'related'",
                        file + ": /controls/1/id: duplicate control id 'C-0001' (first at /controls/0)",
                        file + ": /controls/1/mappings/0/framework: unknown catalog 'iso-27001'");
    }
}
