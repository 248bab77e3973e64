package dev.steward.domain.suggest;

import dev.steward.domain.AccessLevel;
import dev.steward.domain.Agent;
import dev.steward.domain.AgentIdentity;
import dev.steward.domain.AutonomyLevel;
import dev.steward.domain.DataClass;
import dev.steward.domain.DiscoverySource;
import dev.steward.domain.HighImpactKind;
import dev.steward.domain.Lifecycle;
import dev.steward.domain.Privilege;
import dev.steward.domain.Provenance;
import dev.steward.domain.Rating;
import dev.steward.domain.Risk;
import dev.steward.domain.Sanction;
import dev.steward.domain.ToolAction;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RiskSuggesterTest {
    static RiskTemplate template(String key, String category, TemplateCondition... when) {
        return new RiskTemplate(key, "Title " + key, "c", "e", "q", category, new Rating(3, 4),
                List.of("owasp-agentic-threats:T2"), List.of(when));
    }

    static Agent agent(String id, AutonomyLevel autonomy, Sanction sanction, boolean humanEquivalent, List<ToolAction> tools,
                       Set<DataClass> data, Duration token) {
        return new Agent(id, "Agent " + id, null, null, Lifecycle.PRODUCTION,
                new Provenance(sanction, sanction == Sanction.SHADOW ? DiscoverySource.CASB_LOG : DiscoverySource.MANUAL, null, null),
                null, autonomy, new AgentIdentity("svc", null, token, null, humanEquivalent,
                List.of(new Privilege("Azure AD", AccessLevel.ADMIN))), data, tools, null, null, null, null, null, null);
    }

    final Agent payer = agent("AG-0001", AutonomyLevel.ACTS_ALONE, Sanction.SANCTIONED, true,
            List.of(new ToolAction("post payment", HighImpactKind.FINANCIAL_TRANSACTION, false),
                    new ToolAction("send e-mail", HighImpactKind.EXTERNAL_COMMUNICATION, true)),
            Set.of(DataClass.FINANCIAL, DataClass.PERSONAL), Duration.ofDays(90));
    final Agent helper = agent("AG-0002", AutonomyLevel.SUGGESTS_ONLY, Sanction.SHADOW, false, List.of(), Set.of(DataClass.PUBLIC), null);

    @Test
    void proposesATemplateWhenEveryConditionHoldsWithTheReasons() {
        RiskTemplate ungatedMoney = template("ungated-payments", "EXEC",
                new TemplateCondition(ProfileCondition.UNGATED_HIGH_IMPACT_ACTION, List.of("FINANCIAL_TRANSACTION")),
                new TemplateCondition(ProfileCondition.AUTONOMY_AT_LEAST, List.of("ACTS_ALONE_MONITORED")));
        List<RiskSuggestion> s = RiskSuggester.suggest(List.of(payer, helper), List.of(ungatedMoney), List.of(), List.of());
        assertThat(s).hasSize(1);
        assertThat(s.get(0).agent().id()).isEqualTo("AG-0001");
        assertThat(s.get(0).reasons()).containsExactly(
                "can post payment (financial transaction) with no human approval gate", "autonomy level 4 (acts alone)");
    }

    @Test
    void aGatedActionSatisfiesHighImpactButNotUngated() {
        var any = template("external", "LEGAL", new TemplateCondition(ProfileCondition.HIGH_IMPACT_ACTION, List.of("EXTERNAL_COMMUNICATION")));
        var ungated = template("external-ungated", "LEGAL",
                new TemplateCondition(ProfileCondition.UNGATED_HIGH_IMPACT_ACTION, List.of("EXTERNAL_COMMUNICATION")));
        assertThat(RiskSuggester.suggest(List.of(payer), List.of(any, ungated), List.of(), List.of()))
                .extracting(x -> x.template().key()).containsExactly("external");
    }

    @Test
    void eachProfileFactHasItsCondition() {
        assertThat(ProfileCondition.SHADOW.reasons(helper, List.of())).containsExactly("shadow AI found via casb log");
        assertThat(ProfileCondition.SHADOW.reasons(payer, List.of())).isEmpty();
        assertThat(ProfileCondition.HUMAN_EQUIVALENT_PRIVILEGES.reasons(payer, List.of())).hasSize(1);
        assertThat(ProfileCondition.ADMIN_ACCESS.reasons(payer, List.of())).containsExactly("has admin access to Azure AD");
        assertThat(ProfileCondition.DATA_CLASS.reasons(payer, List.of("PERSONAL", "SPECIAL_CATEGORY"))).containsExactly("touches personal data");
        assertThat(ProfileCondition.DATA_CLASS.reasons(helper, List.of("PERSONAL"))).isEmpty();
        assertThat(ProfileCondition.LONG_LIVED_TOKEN.reasons(payer, List.of("24"))).containsExactly("tokens live 90 days (over 24 h)");
        assertThat(ProfileCondition.LONG_LIVED_TOKEN.reasons(helper, List.of())).isEmpty();
        assertThat(ProfileCondition.TOOL_CALLS_NOT_LOGGED.reasons(helper, List.of())).hasSize(1);
    }

    @Test
    void decidedSuggestionsAreNotProposedAgainAndLookAlikesAreNamed() {
        var t = template("shadow", "SEC", new TemplateCondition(ProfileCondition.SHADOW, List.of()));
        Risk existing = new Risk("R-0003", "Shadow use", null, null, null, "SEC", List.of("AG-0002"), null, new Rating(3, 3),
                List.of(), null, null, null, null, null, null, List.of("owasp-agentic-threats:T2"));
        assertThat(RiskSuggester.suggest(List.of(helper), List.of(t), List.of(), List.of(existing)).get(0).similarRiskIds())
                .containsExactly("R-0003");
        var dismissed = new SuggestionDecision("shadow@AG-0002", "shadow", "AG-0002", false, null, LocalDate.of(2026, 11, 23), "covered by R-0003");
        assertThat(RiskSuggester.suggest(List.of(helper), List.of(t), List.of(dismissed), List.of())).isEmpty();
    }

    @Test
    void aLibraryTypoFailsWhenTheLibraryIsRead() {
        assertThatThrownBy(() -> new TemplateCondition(ProfileCondition.DATA_CLASS, List.of("SECRETS")))
                .hasMessageContaining("condition DATA_CLASS has a bad value");
        assertThatThrownBy(() -> new RiskTemplate("x", "t", null, null, null, "SEC", new Rating(1, 1), List.of(),
                List.of(new TemplateCondition(ProfileCondition.SHADOW, List.of())))).hasMessageContaining("must cite at least one threat");
    }
}
