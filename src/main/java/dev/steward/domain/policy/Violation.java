package dev.steward.domain.policy;

import dev.steward.domain.Severity;

/**
 * One broken rule: the agent (or, for a risk that names no agent, the risk) it is about, the rule,
 * how serious it is, and a message naming the agent and the fact.
 */
public record Violation(String subjectId, PolicyRule rule, Severity severity, String message) {
    public Violation {
        if (subjectId == null || subjectId.isBlank()) throw new IllegalArgumentException("violation subjectId is required");
        if (rule == null) throw new IllegalArgumentException("violation rule is required");
        if (message == null || message.isBlank()) throw new IllegalArgumentException("violation message is required");
        severity = severity == null ? rule.severity() : severity;
    }

    static Violation of(String subjectId, PolicyRule rule, String message) {
        return new Violation(subjectId, rule, rule.severity(), message);
    }

    /** {@code AG-0001<TAB>POL-001<TAB>HIGH<TAB>message}: the line {@code steward check} prints. */
    public String line() {
        return subjectId + "\t" + rule.id() + "\t" + severity + "\t" + message.replace('\t', ' ').replace('\n', ' ');
    }
}
