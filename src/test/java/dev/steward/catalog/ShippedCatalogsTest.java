package dev.steward.catalog;

import dev.steward.domain.Catalog;
import dev.steward.domain.Clause;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Counts and completeness of the catalogs shipped in frameworks/, checked against the files. */
class ShippedCatalogsTest {

    static CatalogSet shipped;

    @BeforeAll
    static void load() {
        shipped = new CatalogLoader().loadShipped();
    }

    static Catalog catalog(String id) {
        return shipped.catalog(id).orElseThrow();
    }

    @Test
    void everythingShippedIsValidFromClasspathAndDirectory() {
        assertThat(shipped.problems()).isEmpty();
        assertThat(shipped.catalogs()).extracting(Catalog::id).containsExactly("nist-ai-rmf-1.0",
                "iso-iec-42001-2023", "eu-ai-act-2024-1689", "owasp-agentic-threats", "owasp-llm-top10-2025",
                "nist-ai-600-1", "mitre-atlas", "colorado-sb24-205");
        assertThat(shipped.crosswalks()).hasSize(2);
        CatalogSet fromDir = new CatalogLoader().loadDirectory(Path.of("frameworks"));
        assertThat(fromDir.problems()).isEmpty();
        assertThat(fromDir.catalogs()).hasSameSizeAs(shipped.catalogs());
        assertThat(fromDir.crosswalks()).hasSameSizeAs(shipped.crosswalks());
    }

    @Test
    void everyClauseHasATitleAndEveryCatalogItsProvenance() {
        for (Catalog c : shipped.catalogs()) {
            assertThat(c.clauses()).as(c.id()).isNotEmpty().allSatisfy(cl -> assertThat(cl.title()).isNotBlank());
            assertThat(c.source()).as(c.id()).isNotBlank();
            assertThat(c.licence()).as(c.id()).isNotBlank();
            assertThat(c.version()).as(c.id()).isNotBlank();
        }
    }

    @Test
    void nistAiRmfHasItsFunctionsCategoriesAndSubcategoriesWithText() {
        Catalog nist = catalog("nist-ai-rmf-1.0");
        assertThat(nist.clausesOfKind("function")).hasSize(4);
        assertThat(nist.clausesOfKind("category")).hasSize(19);
        assertThat(nist.clausesOfKind("subcategory")).hasSize(72).allSatisfy(c -> assertThat(c.text()).isNotBlank());
        assertThat(nist.roots()).extracting(Clause::ref).containsExactly("GOVERN", "MAP", "MEASURE", "MANAGE");
        assertThat(nist.childrenOf("GOVERN 1")).hasSize(7);
        assertThat(nist.clause("MAP 1.1").orElseThrow().text()).contains("context-specific laws");
    }

    @Test
    void iso42001HasClausesAndAnnexAWithoutText() {
        Catalog iso = catalog("iso-iec-42001-2023");
        assertThat(iso.clausesOfKind("clause")).extracting(Clause::ref)
                .containsExactly("4", "5", "6", "7", "8", "9", "10");
        assertThat(iso.clausesOfKind("subclause")).hasSize(36);
        assertThat(iso.clausesOfKind("control-objective")).hasSize(9);
        assertThat(iso.clausesOfKind("control")).hasSize(38);
        assertThat(iso.childrenOf("A.6")).extracting(Clause::ref).containsExactly("A.6.1", "A.6.2");
        assertThat(iso.clauses()).allSatisfy(c -> assertThat(c.text()).isEmpty());
    }

    @Test
    void euAiActHasChaptersArticlesAnnexesAndAnnexIiiAreas() {
        Catalog eu = catalog("eu-ai-act-2024-1689");
        assertThat(eu.clausesOfKind("chapter")).hasSize(13);
        assertThat(eu.clausesOfKind("section")).hasSize(16);
        assertThat(eu.clausesOfKind("article")).hasSize(113);
        assertThat(eu.clausesOfKind("annex")).hasSize(13);
        assertThat(eu.childrenOf("Annex III")).hasSize(8);
        assertThat(eu.clausesOfKind("annex-iii-area")).hasSize(8);
        assertThat(eu.clausesOfKind("annex-iii-use-case")).hasSize(24).allSatisfy(c -> assertThat(c.text()).isNotBlank());
        assertThat(eu.clause("Art. 14").orElseThrow().title()).isEqualTo("Human oversight");
    }

    @Test
    void euAiActObligationsCoverEveryActorRoleWithDates() {
        var obligations = shipped.obligations("eu-ai-act-2024-1689");
        assertThat(obligations).hasSize(48).allSatisfy(o -> assertThat(o.appliesFrom()).isNotNull());
        for (String role : new String[] {"provider", "deployer", "importer", "distributor", "gpai-provider"}) {
            assertThat(obligations).as(role).anyMatch(o -> o.roles().contains(role));
        }
        assertThat(obligations).filteredOn(o -> o.ref().equals("Art. 53")).singleElement()
                .satisfies(o -> assertThat(o.appliesFrom()).hasToString("2025-08-02"));
        assertThat(obligations).filteredOn(o -> o.ref().equals("Art. 26(2)")).singleElement()
                .satisfies(o -> assertThat(o.appliesFrom()).hasToString("2026-08-02"));
        assertThat(shipped.applicationDates("eu-ai-act-2024-1689")).hasSize(5);
        assertThat(catalog("eu-ai-act-2024-1689").notes()).anyMatch(n -> n.contains("amendment"));
    }

    @Test
    void threatCatalogsHaveTheirEntries() {
        assertThat(catalog("owasp-agentic-threats").clauses()).hasSize(15)
                .extracting(Clause::ref).startsWith("T1").endsWith("T15");
        assertThat(catalog("owasp-llm-top10-2025").clauses()).hasSize(10);
        assertThat(catalog("nist-ai-600-1").clausesOfKind("risk")).hasSize(12)
                .allSatisfy(c -> assertThat(c.text()).isNotBlank());
        Catalog atlas = catalog("mitre-atlas");
        assertThat(atlas.clausesOfKind("tactic")).hasSize(16);
        assertThat(atlas.clausesOfKind("technique")).hasSize(101);
        assertThat(atlas.clausesOfKind("sub-technique")).hasSize(69);
        assertThat(atlas.clausesOfKind("mitigation")).hasSize(35);
    }

    @Test
    void coloradoStatesItsStatusAndWhenItWasChecked() {
        Catalog co = catalog("colorado-sb24-205");
        assertThat(co.status()).hasValueSatisfying(s -> assertThat(s).contains("SB 26-189"));
        assertThat(co.statusCheckedOn()).hasValue("2026-11-25");
        assertThat(co.clausesOfKind("section")).hasSize(7);
    }

    @Test
    void nistToIsoCrosswalkHas280PairsCoveringAllSubcategories() {
        var cw = shipped.crosswalk("nist-ai-rmf-1.0_to_iso-iec-42001-2023").orElseThrow();
        assertThat(cw.pairs()).hasSize(280);
        var subcategories = catalog("nist-ai-rmf-1.0").clausesOfKind("subcategory");
        assertThat(subcategories).allSatisfy(s -> assertThat(cw.pairsFrom(s.ref())).as(s.ref()).isNotEmpty());
        assertThat(cw.notes()).filteredOn(n -> n.startsWith("Discrepancy")).hasSize(3);
    }

    @Test
    void owaspLlmToAtlasCrosswalkHasItsPairs() {
        var cw = shipped.crosswalk("owasp-llm-top10-2025_to_mitre-atlas").orElseThrow();
        assertThat(cw.pairs()).hasSize(15);
    }
}
