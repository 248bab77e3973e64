package dev.steward.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AgentTest {
    @Test
    void minimalAgentHasSafeDefaults() {
        Agent a = Agent.minimal("AG-0007", "Note taker");
        assertThat(a.lifecycle()).isEqualTo(Lifecycle.PROPOSED);
        assertThat(a.provenance().sanction()).isEqualTo(Sanction.SANCTIONED);
        assertThat(a.provenance().discoverySource()).isEqualTo(DiscoverySource.MANUAL);
        assertThat(a.identity().privileges()).isEmpty();
        assertThat(a.dataClasses()).isEmpty();
        assertThat(a.tools()).isEmpty();
        assertThat(a.logging().toolCalls()).isFalse();
        assertThat(a.aiAct().classified()).isFalse();
        assertThat(a.owner()).isEmpty();
        assertThat(a.blastRadius()).isNull();
        assertThat(a.review().cadenceMonths()).isEqualTo(3);
    }

    @Test
    void rejectsBadIdMissingNameAndAutonomy() {
        assertThatThrownBy(() -> Agent.minimal("X", "n")).hasMessage("agent id must look like AG-0001: 'X'");
        assertThatThrownBy(() -> Agent.minimal("AG-0001", "")).hasMessage("agent name is required");
        assertThatThrownBy(() -> new Agent("AG-0001", "n", null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null)).hasMessage("agent autonomy is required");
    }

    @Test
    void rejectsDuplicateToolNamesAndNullDataClasses() {
        Agent a = Fixtures.agent();
        assertThatThrownBy(() -> a.withTools(List.of(ToolAction.routine("x"), ToolAction.routine("x"))))
                .hasMessageContaining("agent tool names contains duplicates");
        Set<DataClass> withNull = new java.util.HashSet<>();
        withNull.add(null);
        assertThatThrownBy(() -> new Agent("AG-0001", "n", null, null, null, null, null, AutonomyLevel.ACTS_ALONE, null,
                withNull, null, null, null, null, null, null, null)).hasMessage("agent dataClasses must not contain null");
    }

    @Test
    void copiesCollectionsDefensively() {
        List<ToolAction> tools = new java.util.ArrayList<>(List.of(ToolAction.routine("a")));
        Agent a = Agent.minimal("AG-0001", "n").withTools(tools);
        tools.add(ToolAction.routine("b"));
        assertThat(a.tools()).hasSize(1);
        assertThatThrownBy(() -> a.tools().add(ToolAction.routine("c"))).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void findsHighImpactActionsWithoutGate() {
        Agent a = Fixtures.agent().withTools(List.of(
                new ToolAction("deploy", HighImpactKind.CODE_DEPLOYMENT, false),
                new ToolAction("pay", HighImpactKind.FINANCIAL_TRANSACTION, true),
                ToolAction.routine("read")));
        assertThat(a.highImpactActionsWithoutGate()).extracting(ToolAction::name).containsExactly("deploy");
        assertThat(Fixtures.agent().highImpactActionsWithoutGate()).isEmpty();
    }

    @Test
    void withLifecycleChangesOnlyTheLifecycle() {
        Agent a = Fixtures.agent();
        Agent s = a.withLifecycle(Lifecycle.SUSPENDED);
        assertThat(s.lifecycle()).isEqualTo(Lifecycle.SUSPENDED);
        assertThat(s.withLifecycle(Lifecycle.PRODUCTION)).isEqualTo(a);
        assertThatThrownBy(() -> a.withLifecycle(null)).hasMessage("agent lifecycle is required");
    }

    @Test
    void reviewOverdueOnlyWhileInService() {
        Agent a = Fixtures.agent(); // reviewed 2026-06-01, every 12 months
        assertThat(a.reviewOverdue(LocalDate.of(2027, 6, 1))).isFalse();
        assertThat(a.reviewOverdue(LocalDate.of(2027, 6, 2))).isTrue();
        assertThat(a.withLifecycle(Lifecycle.DECOMMISSIONED).reviewOverdue(LocalDate.of(2030, 1, 1))).isFalse();
        assertThat(Agent.minimal("AG-0002", "new").reviewOverdue(LocalDate.of(2030, 1, 1))).isFalse();
        assertThat(a.reviewedOn(LocalDate.of(2027, 6, 1)).reviewOverdue(LocalDate.of(2027, 6, 2))).isFalse();
    }

    @Test
    void reclassifyingResetsCadenceToTheTierDefault() {
        Agent hr = Fixtures.agent().withAiAct(new AiActProfile(AiActRole.DEPLOYER, AiActRiskTier.HIGH_RISK, "4. Employment"));
        assertThat(hr.review().cadenceMonths()).isEqualTo(3);
        assertThat(hr.review().lastReview()).isEqualTo(LocalDate.of(2026, 6, 1));
    }

    @Test
    void flagsShadowAgentsRunningAndLongTokens() {
        Agent shadow = new Agent("AG-0009", "Browser note taker", null, null, Lifecycle.PILOT,
                new Provenance(Sanction.SHADOW, DiscoverySource.BROWSER_EXTENSION_SCAN, null, null), null,
                AutonomyLevel.ACTS_ALONE, null, null, null, null, null, null, null, null, null);
        assertThat(shadow.shadowRunning()).isTrue();
        assertThat(shadow.withLifecycle(Lifecycle.PROPOSED).shadowRunning()).isFalse();
        assertThat(Fixtures.agent().shadowRunning()).isFalse();
        assertThat(Fixtures.agent().tokenLongerThan(Duration.ofMinutes(30))).isTrue();
        assertThat(Fixtures.agent().tokenLongerThan(Duration.ofHours(1))).isFalse();
        assertThat(shadow.tokenLongerThan(Duration.ofMinutes(1))).isFalse();
    }

    @Test
    void autonomyLevelsCarryNumbersAndLabels() {
        assertThat(AutonomyLevel.ofLevel(2)).isEqualTo(AutonomyLevel.HUMAN_APPROVES_HIGH_IMPACT);
        assertThat(AutonomyLevel.ACTS_ALONE.level()).isEqualTo(4);
        assertThat(AutonomyLevel.SUGGESTS_ONLY.label()).isEqualTo("Suggests only");
        assertThatThrownBy(() -> AutonomyLevel.ofLevel(5)).hasMessageContaining("autonomy level");
    }

    @Test
    void lifecycleKnowsWhatIsRunning() {
        assertThat(Lifecycle.PILOT.running()).isTrue();
        assertThat(Lifecycle.APPROVED.running()).isFalse();
        assertThat(Lifecycle.SUSPENDED.inService()).isTrue();
        assertThat(Lifecycle.UNDER_REVIEW.inService()).isFalse();
    }

    @Test
    void nestedRecordsValidate() {
        assertThatThrownBy(() -> new Privilege(" ", AccessLevel.READ)).hasMessage("privilege system is required");
        assertThatThrownBy(() -> new Privilege("SAP", null)).hasMessage("privilege access level is required");
        assertThatThrownBy(() -> new ToolAction("", null, false)).hasMessage("tool action name is required");
        assertThatThrownBy(() -> new AgentIdentity(null, null, Duration.ZERO, null, false, null))
                .hasMessageContaining("identity token lifetime must be positive");
        assertThatThrownBy(() -> new RuntimeLimits(new BigDecimal("-1"), "EUR", null, null))
                .hasMessageContaining("runtime monthly budget must not be negative");
        assertThatThrownBy(() -> new RuntimeLimits(BigDecimal.TEN, null, null, null))
                .hasMessageContaining("runtime currency");
        assertThatThrownBy(() -> new RuntimeLimits(null, null, 0, null)).hasMessageContaining("rate limit per minute must be positive");
        assertThatThrownBy(() -> new LoggingSetup(true, true, true, 0)).hasMessageContaining("retention days must be positive");
        assertThatThrownBy(() -> new BlastRadius(0, "x")).hasMessage("blast radius rating must be between 1 and 5: 0");
        assertThatThrownBy(() -> new BlastRadius(6, "x")).hasMessage("blast radius rating must be between 1 and 5: 6");
        assertThatThrownBy(() -> new Accountability("owner", null, null, null))
                .hasMessage("accountability ownerId must look like P-0001: 'owner'");
        assertThatThrownBy(() -> new Provenance(null, null, "bob", null)).hasMessageContaining("provenance provisionedBy");
    }

    @Test
    void annexIiiAreaOnlyWithHighRisk() {
        assertThatThrownBy(() -> new AiActProfile(AiActRole.DEPLOYER, AiActRiskTier.LIMITED, "4. Employment"))
                .hasMessageContaining("annexIIIArea is only allowed with risk tier HIGH_RISK");
        assertThat(new AiActProfile(AiActRole.DEPLOYER, AiActRiskTier.HIGH_RISK, null).annexIIIArea()).isNull();
        assertThat(new AiActProfile(null, AiActRiskTier.MINIMAL, "").annexIIIArea()).isNull();
    }

    @Test
    void loggingAndIdentityHelpers() {
        assertThat(new LoggingSetup(true, true, true, 90).complete()).isTrue();
        assertThat(new LoggingSetup(true, false, true, 90).complete()).isFalse();
        assertThat(new AgentIdentity(null, null, null, null, false, List.of(new Privilege("AD", AccessLevel.ADMIN)))
                .hasAdminAnywhere()).isTrue();
        assertThat(Fixtures.agent().identity().hasAdminAnywhere()).isFalse();
    }
}
