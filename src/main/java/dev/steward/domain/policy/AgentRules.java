package dev.steward.domain.policy;

import dev.steward.domain.Agent;
import dev.steward.domain.AiActRiskTier;
import dev.steward.domain.Approval;
import dev.steward.domain.ApprovalSubject;
import dev.steward.domain.Lifecycle;
import dev.steward.domain.PolicyLimits;
import dev.steward.domain.Sanction;
import dev.steward.domain.ToolAction;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The rules about one agent, each a pure function returning its violations (none, one, or one per
 * offending tool). Decommissioned agents break no rules: they no longer act.
 */
public final class AgentRules {
    private AgentRules() {
    }

    static boolean retired(Agent a) {
        return a.lifecycle() == Lifecycle.DECOMMISSIONED;
    }

    public static List<Violation> humanEquivalentPrivileges(Agent a) {
        if (retired(a) || !a.identity().humanEquivalentPrivileges()) return List.of();
        return List.of(Violation.of(a.id(), PolicyRule.HUMAN_EQUIVALENT_PRIVILEGES, a.name()
                + " acts with human-equivalent privileges; give it a dedicated service account with least privilege"));
    }

    public static List<Violation> ungatedHighImpactActions(Agent a) {
        if (retired(a)) return List.of();
        return a.highImpactActionsWithoutGate().stream().map((ToolAction t) -> Violation.of(a.id(),
                PolicyRule.UNGATED_HIGH_IMPACT_ACTION, a.name() + " can '" + t.name() + "' ("
                        + words(t.highImpactKind().name()) + ") without a human approval gate")).toList();
    }

    public static List<Violation> tokenLifetime(Agent a, PolicyLimits limits) {
        if (retired(a) || !a.tokenLongerThan(limits.maxTokenLifetime())) return List.of();
        return List.of(Violation.of(a.id(), PolicyRule.TOKEN_LIFETIME_OVER_LIMIT, a.name() + "'s tokens live "
                + hours(a.identity().tokenLifetime()) + ", over the limit of " + hours(limits.maxTokenLifetime())));
    }

    public static List<Violation> noOwner(Agent a) {
        if (retired(a) || a.owner().isPresent()) return List.of();
        return List.of(Violation.of(a.id(), PolicyRule.NO_OWNER, a.name() + " has no owner"));
    }

    public static List<Violation> reviewOverdue(Agent a, LocalDate today) {
        if (!a.reviewOverdue(today)) return List.of();
        String when = a.review().nextDue().map(d -> "was due on " + d).orElse("has never been reviewed");
        return List.of(Violation.of(a.id(), PolicyRule.REVIEW_OVERDUE, a.name() + "'s review " + when));
    }

    public static List<Violation> shadowRunning(Agent a) {
        if (!a.shadowRunning()) return List.of();
        return List.of(Violation.of(a.id(), PolicyRule.SHADOW_AGENT_RUNNING, a.name()
                + " is a shadow agent in " + words(a.lifecycle().name()) + "; sanction it or block it"));
    }

    public static List<Violation> toolCallsNotLogged(Agent a) {
        if (retired(a) || a.logging().toolCalls()) return List.of();
        return List.of(Violation.of(a.id(), PolicyRule.TOOL_CALLS_NOT_LOGGED, a.name() + "'s tool calls are not logged"));
    }

    public static List<Violation> noApprover(Agent a) {
        if (!a.lifecycle().inService() || a.accountability().approverId() != null) return List.of();
        return List.of(Violation.of(a.id(), PolicyRule.NO_APPROVER, a.name() + " is "
                + state(a.lifecycle()) + " but has no approver"));
    }

    /** In service needs an approval of this agent (onboarding or a lifecycle step) in force today. */
    public static List<Violation> runningWithoutApproval(Agent a, Collection<Approval> approvals, LocalDate today) {
        if (!a.lifecycle().inService() || a.lifecycle() == Lifecycle.SUSPENDED) return List.of();
        if (approvalInForce(a.id(), approvals, today).isPresent()) return List.of();
        return List.of(Violation.of(a.id(), PolicyRule.RUNNING_WITHOUT_APPROVAL, a.name() + " is "
                + state(a.lifecycle()) + " without an approval in force on " + today));
    }

    public static List<Violation> credentialRotation(Agent a, PolicyLimits limits, LocalDate today) {
        LocalDate rotated = a.identity().lastCredentialRotation();
        if (!a.lifecycle().inService() || rotated == null
                || !today.isAfter(rotated.plusDays(limits.maxCredentialAgeDays()))) return List.of();
        return List.of(Violation.of(a.id(), PolicyRule.CREDENTIAL_ROTATION_OVERDUE, a.name()
                + "'s credentials were last rotated on " + rotated + ", over " + limits.maxCredentialAgeDays() + " days ago"));
    }

    public static List<Violation> blockedActive(Agent a) {
        if (a.provenance().sanction() != Sanction.BLOCKED || !a.lifecycle().inService()
                || a.lifecycle() == Lifecycle.SUSPENDED) return List.of();
        return List.of(Violation.of(a.id(), PolicyRule.BLOCKED_AGENT_ACTIVE, a.name() + " is blocked but "
                + state(a.lifecycle())));
    }

    public static List<Violation> prohibitedPractice(Agent a) {
        if (retired(a) || a.aiAct().riskTier() != AiActRiskTier.PROHIBITED) return List.of();
        return List.of(Violation.of(a.id(), PolicyRule.PROHIBITED_PRACTICE, a.name()
                + " is classified as a prohibited AI practice (EU AI Act Art. 5) and is not decommissioned"));
    }

    /** The latest approval of this agent that grants and is valid today, if any. */
    public static Optional<Approval> approvalInForce(String agentId, Collection<Approval> approvals, LocalDate today) {
        return approvals.stream()
                .filter(ap -> ap.subjectId().equals(agentId))
                .filter(ap -> ap.subject() == ApprovalSubject.AGENT_ONBOARDING || ap.subject() == ApprovalSubject.LIFECYCLE_STEP)
                .filter(ap -> ap.isValidOn(today))
                .max(java.util.Comparator.comparing(Approval::decidedOn));
    }

    /** "in production", "approved": how a sentence says where the agent stands. */
    static String state(Lifecycle l) {
        return l.running() ? "in " + words(l.name()) : words(l.name());
    }

    static String words(String enumName) {
        return enumName.toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }

    static String hours(Duration d) {
        long h = d.toHours();
        if (h >= 48 && h % 24 == 0) return (h / 24) + " days";
        if (h >= 1) return h + (h == 1 ? " hour" : " hours");
        return d.toMinutes() + " minutes";
    }
}
