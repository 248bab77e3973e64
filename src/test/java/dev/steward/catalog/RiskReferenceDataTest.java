package dev.steward.catalog;

import dev.steward.app.Threat;
import dev.steward.domain.suggest.RiskTemplate;
import org.junit.jupiter.api.Test;

import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The shipped threat catalogs risks cite, and the suggestion library that cites them. */
class RiskReferenceDataTest {
    private final ShippedThreatCatalog threats = new ShippedThreatCatalog(new CatalogLoader());

    @Test
    void offersTheFourThreatCatalogsWithoutAtlasTacticsOrMitigations() {
        var byCatalog = threats.threats().stream().collect(Collectors.groupingBy(Threat::catalogId, Collectors.counting()));
        assertThat(byCatalog).containsEntry("owasp-agentic-threats", 15L).containsEntry("owasp-llm-top10-2025", 10L)
                .containsEntry("nist-ai-600-1", 12L).containsEntry("mitre-atlas", 170L);
        assertThat(threats.find("owasp-agentic-threats:T2")).map(Threat::title).contains("Tool Misuse");
        assertThat(threats.find("mitre-atlas:AML.TA0002")).isEmpty();
        assertThat(threats.threats().get(0).ref()).isEqualTo("owasp-agentic-threats:T1");
    }

    @Test
    void theLibraryCitesOnlyKnownThreatsAndCoversEveryProfileCondition() {
        var library = new JsonRiskLibrary(threats).templates();
        assertThat(library).hasSizeGreaterThanOrEqualTo(15);
        assertThat(library.stream().flatMap(t -> t.when().stream()).map(c -> c.condition()).distinct())
                .containsExactlyInAnyOrder(dev.steward.domain.suggest.ProfileCondition.values());
        assertThat(library).allSatisfy(t -> assertThat(t.threatRefs()).isNotEmpty());
        var codes = new JsonTemplates().taxonomy().stream().map(dev.steward.domain.RiskCategory::code).toList();
        assertThat(library).extracting(RiskTemplate::categoryCode).allMatch(codes::contains);
    }
}
