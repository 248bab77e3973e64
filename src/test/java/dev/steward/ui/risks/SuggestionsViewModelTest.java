package dev.steward.ui.risks;

import dev.steward.app.EntityKinds;
import dev.steward.app.SuggestionService;
import dev.steward.domain.Risk;
import dev.steward.domain.suggest.RiskSuggestion;
import dev.steward.ui.TestRiskPorts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class SuggestionsViewModelTest {
    @TempDir
    Path dir;

    @Test
    void acceptingFilesTheRiskOnTheAgentAndDismissingRemembersWhy() {
        try (DemoRisks demo = new DemoRisks(dir)) {
            var ports = TestRiskPorts.create();
            SuggestionsViewModel vm = new SuggestionsViewModel(demo.board, new SuggestionService(ports.library(), ports.clock()));
            vm.reload();
            int before = vm.suggestions().size();
            assertThat(before).isPositive();
            RiskSuggestion first = vm.suggestions().get(0);
            vm.selectedProperty().set(first);
            vm.accept();
            Risk filed = demo.opened.register().find(EntityKinds.RISK, "R-0009").orElseThrow();
            assertThat(filed.title()).isEqualTo(first.template().title());
            assertThat(filed.affectedAgentIds()).containsExactly(first.agent().id());
            assertThat(filed.threatRefs()).isEqualTo(first.template().threatRefs());
            assertThat(demo.dialogs.shown).isEmpty();
            assertThat(vm.suggestions()).hasSize(before - 1).noneMatch(s -> s.id().equals(first.id()));

            RiskSuggestion next = vm.selectedProperty().get();
            vm.dismiss("covered by R-0001");
            var decision = demo.opened.register().find(EntityKinds.SUGGESTION_DECISION, next.id()).orElseThrow();
            assertThat(decision.accepted()).isFalse();
            assertThat(decision.reason()).isEqualTo("covered by R-0001");
            assertThat(vm.suggestions()).hasSize(before - 2);
            assertThat(demo.opened.register().changeLog().page(0, 1000)).anyMatch(e -> e.entityType().equals("suggestion_decision"));
        }
    }

    @Test
    void theShadowTranscriptionToolIsOfferedTheShadowAiRisk() {
        try (DemoRisks demo = new DemoRisks(dir)) {
            var ports = TestRiskPorts.create();
            var list = new SuggestionService(ports.library(), ports.clock()).suggestions(demo.opened.register());
            assertThat(list).anyMatch(s -> s.template().key().equals("shadow-ai-data-leak")
                    && s.reasons().stream().anyMatch(r -> r.startsWith("shadow AI found via")));
        }
    }
}
