package dev.steward.domain;

/** A tool or action the agent can invoke; highImpactKind is null for routine actions. */
public record ToolAction(String name, HighImpactKind highImpactKind, boolean humanApprovalGate) {
    public ToolAction {
        Check.text(name, "tool action name");
    }

    public static ToolAction routine(String name) {
        return new ToolAction(name, null, false);
    }

    /** A high-impact action no human has to approve: the first thing policy checks look for. */
    public boolean ungatedHighImpact() {
        return highImpactKind != null && !humanApprovalGate;
    }
}
