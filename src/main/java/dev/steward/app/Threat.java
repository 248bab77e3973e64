package dev.steward.app;

/** One entry of a shipped threat catalog, as a risk cites it: "owasp-agentic-threats:T2 Tool Misuse". */
public record Threat(String catalogId, String catalogName, String id, String title) {
    public String ref() {
        return catalogId + ":" + id;
    }

    /** "T2 Tool Misuse" */
    public String label() {
        return id + " " + title;
    }
}
