package dev.steward.domain.policy;

import dev.steward.domain.Agent;
import dev.steward.domain.Approval;
import dev.steward.domain.PolicyLimits;
import dev.steward.domain.Risk;
import dev.steward.domain.RiskCategory;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Runs every rule over a register's agents and risks; the result is ordered by subject, then rule. */
public final class PolicyCheck {
    private PolicyCheck() {
    }

    public static List<Violation> agent(Agent a, Collection<Approval> approvals, PolicyLimits limits, LocalDate today) {
        List<Violation> out = new ArrayList<>();
        out.addAll(AgentRules.humanEquivalentPrivileges(a));
        out.addAll(AgentRules.ungatedHighImpactActions(a));
        out.addAll(AgentRules.tokenLifetime(a, limits));
        out.addAll(AgentRules.noOwner(a));
        out.addAll(AgentRules.reviewOverdue(a, today));
        out.addAll(AgentRules.shadowRunning(a));
        out.addAll(AgentRules.toolCallsNotLogged(a));
        out.addAll(AgentRules.noApprover(a));
        out.addAll(AgentRules.runningWithoutApproval(a, approvals, today));
        out.addAll(AgentRules.credentialRotation(a, limits, today));
        out.addAll(AgentRules.blockedActive(a));
        out.addAll(AgentRules.prohibitedPractice(a));
        return out;
    }

    /** A risk above its category's tolerance with no acceptance in force: one violation per affected agent. */
    public static List<Violation> riskOutOfTolerance(Risk r, RiskCategory category, LocalDate today) {
        if (category == null || !r.outOfTolerance(category.tolerance(), today)) return List.of();
        String fact = r.id() + " '" + r.title() + "' scores " + r.currentRating().score() + ", above the tolerance of "
                + category.tolerance() + " in " + category.name() + ", with no acceptance in force";
        if (r.affectedAgentIds().isEmpty()) return List.of(Violation.of(r.id(), PolicyRule.RISK_OUT_OF_TOLERANCE, fact));
        return r.affectedAgentIds().stream()
                .map(agentId -> Violation.of(agentId, PolicyRule.RISK_OUT_OF_TOLERANCE, "Risk " + fact)).toList();
    }

    public static List<Violation> register(Collection<Agent> agents, Collection<Risk> risks, Collection<RiskCategory> categories,
                                           Collection<Approval> approvals, PolicyLimits limits, LocalDate today) {
        Map<String, RiskCategory> byCode = categories.stream().collect(Collectors.toMap(RiskCategory::code, Function.identity()));
        List<Violation> out = new ArrayList<>();
        agents.forEach(a -> out.addAll(agent(a, approvals, limits, today)));
        risks.forEach(r -> out.addAll(riskOutOfTolerance(r, byCode.get(r.categoryCode()), today)));
        out.sort(Comparator.comparing(Violation::subjectId).thenComparing(v -> v.rule().id()));
        return out;
    }
}
