package dev.steward.domain;

/** The seat a person holds on the AI governance committee; NONE for everyone else. */
public enum CommitteeRole {
    CHAIR("Chair"),
    SECURITY("Security"),
    AI_DEVELOPMENT("AI development"),
    LEGAL("Legal"),
    COMPLIANCE("Compliance"),
    BUSINESS("Business"),
    EXECUTIVE_SPONSOR("Executive sponsor"),
    NONE("None");

    private final String label;

    CommitteeRole(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
