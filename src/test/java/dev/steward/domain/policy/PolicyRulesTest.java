package dev.steward.domain.policy;

import dev.steward.domain.Accountability;
import dev.steward.domain.Agent;
import dev.steward.domain.AiActProfile;
import dev.steward.domain.AiActRiskTier;
import dev.steward.domain.Approval;
import dev.steward.domain.Decision;
import dev.steward.domain.HighImpactKind;
import dev.steward.domain.Lifecycle;
import dev.steward.domain.LoggingSetup;
import dev.steward.domain.PolicyLimits;
import dev.steward.domain.Provenance;
import dev.steward.domain.Rating;
import dev.steward.domain.ReviewSchedule;
import dev.steward.domain.Risk;
import dev.steward.domain.RiskAcceptance;
import dev.steward.domain.RiskCategory;
import dev.steward.domain.RiskStatus;
import dev.steward.domain.Sanction;
import dev.steward.domain.Severity;
import dev.steward.domain.DiscoverySource;
import dev.steward.domain.ToolAction;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static dev.steward.domain.policy.PolicyAgents.TODAY;
import static dev.steward.domain.policy.PolicyAgents.approvalOf;
import static dev.steward.domain.policy.PolicyAgents.compliant;
import static dev.steward.domain.policy.PolicyAgents.identity;
import static org.assertj.core.api.Assertions.assertThat;

class PolicyRulesTest {
    private static final PolicyLimits LIMITS = PolicyLimits.defaults();

    private static List<Violation> check(Agent a) {
        return PolicyCheck.agent(a, List.of(approvalOf(a.id())), LIMITS, TODAY);
    }

    private static Violation only(Agent a, PolicyRule rule) {
        List<Violation> found = check(a);
        assertThat(found).extracting(Violation::rule).containsExactly(rule);
        Violation v = found.get(0);
        assertThat(v.subjectId()).isEqualTo(a.id());
        assertThat(v.severity()).isEqualTo(rule.severity());
        assertThat(v.message()).contains(a.name());
        return v;
    }

    @Test
    void aCompliantAgentBreaksNoRule() {
        assertThat(check(compliant())).isEmpty();
    }

    @Test
    void everyRuleHasAUniqueIdAndATitle() {
        assertThat(List.of(PolicyRule.values())).extracting(PolicyRule::id).doesNotHaveDuplicates().allMatch(id -> id.matches("POL-\\d{3}"));
        assertThat(List.of(PolicyRule.values())).allMatch(r -> !r.title().isBlank() && r.severity() != null);
    }

    @Test
    void humanEquivalentPrivileges() {
        Agent a = compliant().withIdentity(identity(Duration.ofHours(1), TODAY, true));
        assertThat(only(a, PolicyRule.HUMAN_EQUIVALENT_PRIVILEGES).message()).contains("human-equivalent privileges");
    }

    @Test
    void ungatedHighImpactActionOnePerTool() {
        Agent a = compliant().withTools(List.of(new ToolAction("wire money", HighImpactKind.FINANCIAL_TRANSACTION, false),
                new ToolAction("deploy", HighImpactKind.CODE_DEPLOYMENT, false), ToolAction.routine("read")));
        List<Violation> found = check(a);
        assertThat(found).extracting(Violation::rule).containsExactly(PolicyRule.UNGATED_HIGH_IMPACT_ACTION,
                PolicyRule.UNGATED_HIGH_IMPACT_ACTION);
        assertThat(found.get(0).message()).isEqualTo("Ledger bot can 'wire money' (financial transaction) without a human approval gate");
        assertThat(found.get(0).severity()).isEqualTo(Severity.CRITICAL);
    }

    @Test
    void tokenLifetimeOverTheLimit() {
        Agent a = compliant().withIdentity(identity(Duration.ofDays(90), TODAY, false));
        assertThat(only(a, PolicyRule.TOKEN_LIFETIME_OVER_LIMIT).message()).isEqualTo("Ledger bot's tokens live 90 days, over the limit of 24 hours");
        Agent exactly = compliant().withIdentity(identity(Duration.ofHours(24), TODAY, false));
        assertThat(check(exactly)).isEmpty();
        var strict = new PolicyLimits(PolicyLimits.ID, Duration.ofMinutes(30), 90);
        assertThat(PolicyCheck.agent(compliant(), List.of(approvalOf("AG-0001")), strict, TODAY))
                .extracting(Violation::rule).containsExactly(PolicyRule.TOKEN_LIFETIME_OVER_LIMIT);
    }

    @Test
    void noOwner() {
        Agent a = compliant().withAccountability(new Accountability(null, "P-0002", null, null));
        assertThat(only(a, PolicyRule.NO_OWNER).message()).isEqualTo("Ledger bot has no owner");
    }

    @Test
    void reviewOverdueAndNeverReviewed() {
        Agent late = compliant().withReview(new ReviewSchedule(TODAY.minusMonths(13), 12));
        assertThat(only(late, PolicyRule.REVIEW_OVERDUE).message()).isEqualTo("Ledger bot's review was due on " + TODAY.minusMonths(1));
        Agent never = compliant().withReview(new ReviewSchedule(null, 12));
        assertThat(only(never, PolicyRule.REVIEW_OVERDUE).message()).contains("has never been reviewed");
        Agent dueToday = compliant().withReview(new ReviewSchedule(TODAY.minusMonths(12), 12));
        assertThat(check(dueToday)).isEmpty();
    }

    @Test
    void shadowAgentInPilotOrProduction() {
        Agent a = compliant().withProvenance(new Provenance(Sanction.SHADOW, DiscoverySource.CASB_LOG, null, null));
        assertThat(only(a, PolicyRule.SHADOW_AGENT_RUNNING).message()).contains("shadow agent in production");
        assertThat(check(a.withLifecycle(Lifecycle.PROPOSED).withReview(new ReviewSchedule(TODAY, 12)))).isEmpty();
    }

    @Test
    void toolCallsNotLogged() {
        Agent a = new Agent(compliant().id(), compliant().name(), null, null, Lifecycle.PRODUCTION, null, null,
                compliant().autonomy(), compliant().identity(), null, compliant().tools(), null,
                new LoggingSetup(false, true, true, 30), null, compliant().aiAct(), compliant().accountability(), compliant().review());
        assertThat(only(a, PolicyRule.TOOL_CALLS_NOT_LOGGED).message()).isEqualTo("Ledger bot's tool calls are not logged");
    }

    @Test
    void noApproverWhileInService() {
        Agent a = compliant().withAccountability(Accountability.ownedBy("P-0001"));
        assertThat(only(a, PolicyRule.NO_APPROVER).message()).isEqualTo("Ledger bot is in production but has no approver");
        assertThat(check(a.withLifecycle(Lifecycle.PROPOSED))).isEmpty();
    }

    @Test
    void runningWithoutAnApprovalInForce() {
        Agent a = compliant();
        assertThat(PolicyCheck.agent(a, List.of(), LIMITS, TODAY)).extracting(Violation::rule)
                .containsExactly(PolicyRule.RUNNING_WITHOUT_APPROVAL);
        Approval expired = approvalOf(a.id()).decide("P-0002", Decision.APPROVED, null, TODAY.minusDays(20), TODAY.minusDays(1));
        assertThat(PolicyCheck.agent(a, List.of(expired), LIMITS, TODAY)).extracting(Violation::rule)
                .containsExactly(PolicyRule.RUNNING_WITHOUT_APPROVAL);
        Approval rejected = approvalOf(a.id()).decide("P-0002", Decision.REJECTED, null, TODAY.minusDays(20), null);
        assertThat(PolicyCheck.agent(a, List.of(rejected), LIMITS, TODAY)).hasSize(1);
        assertThat(PolicyCheck.agent(a, List.of(approvalOf("AG-0002")), LIMITS, TODAY)).hasSize(1);
    }

    @Test
    void credentialRotationOverdue() {
        Agent a = compliant().withIdentity(identity(Duration.ofHours(1), TODAY.minusDays(91), false));
        assertThat(only(a, PolicyRule.CREDENTIAL_ROTATION_OVERDUE).message())
                .isEqualTo("Ledger bot's credentials were last rotated on " + TODAY.minusDays(91) + ", over 90 days ago");
        assertThat(check(compliant().withIdentity(identity(Duration.ofHours(1), TODAY.minusDays(90), false)))).isEmpty();
    }

    @Test
    void blockedAgentStillInService() {
        Agent a = compliant().withProvenance(new Provenance(Sanction.BLOCKED, DiscoverySource.MANUAL, null, null));
        assertThat(only(a, PolicyRule.BLOCKED_AGENT_ACTIVE).message()).isEqualTo("Ledger bot is blocked but in production");
        assertThat(PolicyCheck.agent(a.withLifecycle(Lifecycle.SUSPENDED), List.of(), LIMITS, TODAY)).isEmpty();
    }

    @Test
    void prohibitedPracticeNotDecommissioned() {
        Agent a = compliant().withAiAct(new AiActProfile(null, AiActRiskTier.PROHIBITED, null))
                .withReview(new ReviewSchedule(TODAY, 1));
        assertThat(only(a, PolicyRule.PROHIBITED_PRACTICE).message()).contains("prohibited AI practice");
    }

    @Test
    void decommissionedAgentsBreakNoRule() {
        Agent a = compliant().withAccountability(Accountability.none())
                .withIdentity(identity(Duration.ofDays(90), null, true)).withLifecycle(Lifecycle.DECOMMISSIONED);
        assertThat(PolicyCheck.agent(a, List.of(), LIMITS, TODAY)).isEmpty();
    }

    @Test
    void riskOutOfToleranceWithoutAcceptanceNamesEachAffectedAgent() {
        RiskCategory exec = new RiskCategory("EXEC", null, "Execution boundary", null, 8);
        Risk risk = new Risk("R-0001", "Unapproved payment", null, null, null, "EXEC", List.of("AG-0001", "AG-0002"), null,
                new Rating(4, 5), List.of(), new Rating(3, 4), null, null, null, RiskStatus.OPEN, null, List.of());
        List<Violation> found = PolicyCheck.riskOutOfTolerance(risk, exec, TODAY);
        assertThat(found).extracting(Violation::subjectId).containsExactly("AG-0001", "AG-0002");
        assertThat(found.get(0).message()).isEqualTo("Risk R-0001 'Unapproved payment' scores 12, above the tolerance of 8 in "
                + "Execution boundary, with no acceptance in force");
        Risk accepted = risk.accepted(new RiskAcceptance("P-0004", TODAY.minusDays(1), TODAY.plusDays(90)));
        assertThat(PolicyCheck.riskOutOfTolerance(accepted, exec, TODAY)).isEmpty();
        Risk within = risk.withResidual(new Rating(2, 4));
        assertThat(PolicyCheck.riskOutOfTolerance(within, exec, TODAY)).isEmpty();
        Risk orphan = new Risk("R-0002", "Orphan", null, null, null, "EXEC", List.of(), null, new Rating(5, 5), List.of(),
                null, null, null, null, null, null, List.of());
        assertThat(PolicyCheck.riskOutOfTolerance(orphan, exec, TODAY)).extracting(Violation::subjectId).containsExactly("R-0002");
    }

    @Test
    void registerCheckSortsBySubjectThenRuleAndPrintsTabSeparatedLines() {
        Agent b = new Agent("AG-0002", "Shadow notes", null, null, Lifecycle.PROPOSED,
                new Provenance(Sanction.SHADOW, DiscoverySource.CASB_LOG, null, null), null,
                dev.steward.domain.AutonomyLevel.SUGGESTS_ONLY, null, null, null, null, null, null, null, null, null);
        Agent a = compliant().withAccountability(new Accountability(null, "P-0002", null, null));
        List<Violation> all = PolicyCheck.register(List.of(b, a), List.of(), List.of(), List.of(approvalOf("AG-0001")), LIMITS, TODAY);
        assertThat(all).extracting(Violation::line).containsExactly(
                "AG-0001\tPOL-004\tHIGH\tLedger bot has no owner",
                "AG-0002\tPOL-004\tHIGH\tShadow notes has no owner",
                "AG-0002\tPOL-007\tHIGH\tShadow notes's tool calls are not logged");
    }
}
