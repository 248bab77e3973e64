package dev.steward.domain.policy;

import dev.steward.domain.Severity;

/**
 * The register's policy rules. The first eight are DESIGN.md's; the rest are what a governance
 * committee would add straight away (approval in force, accountability gaps, rotation, blocked
 * and prohibited systems). Ids are stable: scripts grep for them.
 */
public enum PolicyRule {
    HUMAN_EQUIVALENT_PRIVILEGES("POL-001", Severity.HIGH, "Agent holds human-equivalent privileges"),
    UNGATED_HIGH_IMPACT_ACTION("POL-002", Severity.CRITICAL, "High-impact action without a human approval gate"),
    TOKEN_LIFETIME_OVER_LIMIT("POL-003", Severity.MEDIUM, "Token lifetime over the register's limit"),
    NO_OWNER("POL-004", Severity.HIGH, "Agent has no owner"),
    REVIEW_OVERDUE("POL-005", Severity.MEDIUM, "Review overdue"),
    SHADOW_AGENT_RUNNING("POL-006", Severity.CRITICAL, "Shadow agent in pilot or production"),
    TOOL_CALLS_NOT_LOGGED("POL-007", Severity.HIGH, "Tool calls are not logged"),
    RISK_OUT_OF_TOLERANCE("POL-008", Severity.HIGH, "Risk out of tolerance without acceptance"),
    NO_APPROVER("POL-009", Severity.MEDIUM, "Agent in service has no approver"),
    RUNNING_WITHOUT_APPROVAL("POL-010", Severity.HIGH, "Agent in service without an approval in force"),
    CREDENTIAL_ROTATION_OVERDUE("POL-011", Severity.MEDIUM, "Credential rotation overdue"),
    BLOCKED_AGENT_ACTIVE("POL-012", Severity.CRITICAL, "Blocked agent still in service"),
    PROHIBITED_PRACTICE("POL-013", Severity.CRITICAL, "Prohibited AI practice not decommissioned");

    private final String id;
    private final Severity severity;
    private final String title;

    PolicyRule(String id, Severity severity, String title) {
        this.id = id;
        this.severity = severity;
        this.title = title;
    }

    public String id() {
        return id;
    }

    public Severity severity() {
        return severity;
    }

    public String title() {
        return title;
    }
}
