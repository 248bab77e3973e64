package dev.steward.domain.aiact;

/** The conditions of EU AI Act Art. 6(3) under which an Annex III system is not high-risk (editorial summaries). */
public enum HighRiskException {
    NARROW_PROCEDURAL_TASK("Art. 6(3)(a)", "It performs a narrow procedural task"),
    IMPROVES_COMPLETED_HUMAN_ACTIVITY("Art. 6(3)(b)", "It improves the result of a previously completed human activity"),
    DETECTS_PATTERNS_WITH_HUMAN_REVIEW("Art. 6(3)(c)", "It detects decision patterns or deviations, without replacing the human assessment without proper review"),
    PREPARATORY_TASK("Art. 6(3)(d)", "It performs a preparatory task to an assessment relevant to an Annex III use case");

    private final String ref;
    private final String summary;

    HighRiskException(String ref, String summary) {
        this.ref = ref;
        this.summary = summary;
    }

    public String ref() {
        return ref;
    }

    public String summary() {
        return summary;
    }
}
