package dev.steward.app;

import java.util.List;
import java.util.Optional;

/**
 * The threat catalogs shipped in frameworks/ that risks may cite: OWASP agentic threats T1-T15,
 * OWASP LLM Top 10, MITRE ATLAS techniques and NIST AI 600-1 GAI risks.
 */
public interface ThreatCatalog {
    List<String> CATALOG_IDS = List.of("owasp-agentic-threats", "owasp-llm-top10-2025", "mitre-atlas", "nist-ai-600-1");

    /** Every citable threat, catalog by catalog in {@link #CATALOG_IDS} order, each in document order. */
    List<Threat> threats();

    default Optional<Threat> find(String ref) {
        return threats().stream().filter(t -> t.ref().equals(ref)).findFirst();
    }
}
