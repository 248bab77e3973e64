package dev.steward.ui.controls;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CatalogNamesTest {
    @Test
    void shortensTheShippedCatalogNames() {
        assertThat(CatalogNames.shortName("ISO/IEC 42001:2023 Information technology - Artificial intelligence - Management system"))
                .isEqualTo("ISO/IEC 42001:2023");
        assertThat(CatalogNames.shortName("Artificial Intelligence Risk Management Framework (AI RMF 1.0)")).isEqualTo("AI RMF 1.0");
        assertThat(CatalogNames.shortName("Regulation (EU) 2024/1689 laying down harmonised rules on artificial intelligence "
                + "(Artificial Intelligence Act)")).isEqualTo("EU Artificial Intelligence Act");
        assertThat(CatalogNames.shortName("MITRE ATLAS (Adversarial Threat Landscape for AI Systems) - tactics, techniques, mitigations"))
                .isEqualTo("MITRE ATLAS");
        assertThat(CatalogNames.shortName("OWASP Top 10 for LLM Applications 2025")).isEqualTo("OWASP Top 10 for LLM Applications 2025");
    }
}
