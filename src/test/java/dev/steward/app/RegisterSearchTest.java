package dev.steward.app;

import dev.steward.catalog.FileCatalogSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The main window's search over the demo register and the shipped catalogs. */
class RegisterSearchTest {
    @TempDir
    Path dir;
    OpenedRegister demo;
    RegisterSearch search;

    @BeforeEach
    void setUp() {
        demo = DemoRegisters.demo(dir);
        search = RegisterSearch.of(demo.register(), new FileCatalogSource(dir.resolve("none"), DemoRegisters.CLOCK).load().catalogs());
    }

    @AfterEach
    void tearDown() {
        demo.register().close();
    }

    @Test
    void anExactIdComesFirst() {
        var hits = search.find("ag-0004", 10);
        assertThat(hits.get(0)).isEqualTo(new RegisterSearch.Hit(RegisterSearch.Kind.AGENT, "AG-0004", "Meridian Assist",
                hits.get(0).detail(), null));
        // R-0001 .. and risks naming AG-0004 among their affected agents follow
        assertThat(hits).extracting(RegisterSearch.Hit::kind).startsWith(RegisterSearch.Kind.AGENT);
    }

    @Test
    void everyWordMustMatchAcrossKinds() {
        var hits = search.find("cv screener", 20);
        assertThat(hits).extracting(RegisterSearch.Hit::id).contains("AG-0003", "IN-0001");
        assertThat(hits).allSatisfy(h -> assertThat((h.id() + " " + h.title() + " " + h.detail()).toLowerCase())
                .contains("cv").contains("screener"));
        assertThat(search.find("screener zebra", 20)).isEmpty();
        assertThat(search.find("   ", 20)).isEmpty();
    }

    @Test
    void clausesAreFoundByRefWithTheirFramework() {
        var hits = search.find("MANAGE 2.4", 5);
        assertThat(hits.get(0).kind()).isEqualTo(RegisterSearch.Kind.CLAUSE);
        assertThat(hits.get(0).id()).isEqualTo("MANAGE 2.4");
        assertThat(hits.get(0).catalogId()).isEqualTo("nist-ai-rmf-1.0");
        assertThat(hits.get(0).detail()).isEqualTo("NIST AI RMF 1.0");
        assertThat(search.find("human oversight", 100)).anyMatch(h -> h.kind() == RegisterSearch.Kind.CLAUSE
                && h.catalogId().equals("eu-ai-act-2024-1689"));
    }

    @Test
    void theLimitHolds() {
        assertThat(search.find("a", 7)).hasSize(7);
        assertThat(search.size()).isGreaterThan(300); // 12 agents, 8 risks, 8 controls, 2 incidents and every clause
    }
}
