package dev.steward.domain.policy;

import dev.steward.domain.AccessLevel;
import dev.steward.domain.Accountability;
import dev.steward.domain.Agent;
import dev.steward.domain.AgentIdentity;
import dev.steward.domain.AiActProfile;
import dev.steward.domain.AiActRiskTier;
import dev.steward.domain.AiActRole;
import dev.steward.domain.Approval;
import dev.steward.domain.ApprovalSubject;
import dev.steward.domain.AutonomyLevel;
import dev.steward.domain.Decision;
import dev.steward.domain.Lifecycle;
import dev.steward.domain.LoggingSetup;
import dev.steward.domain.Privilege;
import dev.steward.domain.Provenance;
import dev.steward.domain.ReviewSchedule;
import dev.steward.domain.ToolAction;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

/** A compliant agent in production and its approval; each rule's test breaks exactly one thing. */
final class PolicyAgents {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    private PolicyAgents() {
    }

    static Agent compliant() {
        return new Agent("AG-0001", "Ledger bot", "Reconciles", "Finance", Lifecycle.PRODUCTION, Provenance.manual(), null,
                AutonomyLevel.HUMAN_APPROVES_HIGH_IMPACT,
                new AgentIdentity("svc-ledger", "OAuth", Duration.ofHours(1), TODAY.minusDays(10), false,
                        List.of(new Privilege("SAP", AccessLevel.WRITE))),
                null, List.of(new ToolAction("post entry", dev.steward.domain.HighImpactKind.FINANCIAL_TRANSACTION, true)),
                null, new LoggingSetup(true, true, true, 365), null,
                new AiActProfile(AiActRole.DEPLOYER, AiActRiskTier.MINIMAL, null),
                new Accountability("P-0001", "P-0002", "P-0003", "P-0004"), new ReviewSchedule(TODAY.minusMonths(1), 12));
    }

    static Approval approvalOf(String agentId) {
        return new Approval("AP-0001", ApprovalSubject.AGENT_ONBOARDING, agentId, "P-0001", "P-0002", Decision.APPROVED,
                null, TODAY.minusDays(30), TODAY.minusDays(20), TODAY.plusDays(300));
    }

    static Agent with(Agent a, AgentIdentity identity) {
        return a.withIdentity(identity);
    }

    static AgentIdentity identity(Duration token, LocalDate rotated, boolean humanEquivalent) {
        return new AgentIdentity("svc", "OAuth", token, rotated, humanEquivalent, List.of());
    }
}
