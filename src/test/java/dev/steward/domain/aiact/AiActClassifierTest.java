package dev.steward.domain.aiact;

import dev.steward.domain.AiActClassification;
import dev.steward.domain.AiActRiskTier;
import dev.steward.domain.AiActRole;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AiActClassifierTest {

    private static AiActAnswers answers(ProhibitedPractice p, boolean annexI, String area, HighRiskException ex,
                                        boolean profiling, Set<TransparencyCase> t, boolean gpai) {
        return new AiActAnswers(p, annexI, area, ex, profiling, t, gpai, AiActRole.DEPLOYER);
    }

    @Test
    void aProhibitedPracticeWinsOverEverythingElse() {
        var o = AiActClassifier.classify(answers(ProhibitedPractice.SOCIAL_SCORING, true, "4. Employment", null, true,
                Set.of(TransparencyCase.INTERACTS_WITH_PERSONS), false));
        assertThat(o.profile().riskTier()).isEqualTo(AiActRiskTier.PROHIBITED);
        assertThat(o.reasons()).anyMatch(r -> r.startsWith("Art. 5(1)(c)"));
    }

    @Test
    void anAnnexIIIAreaIsHighRiskWithTheAreaRecorded() {
        var o = AiActClassifier.classify(answers(null, false, "4. Employment", null, false, Set.of(), false));
        assertThat(o.profile().riskTier()).isEqualTo(AiActRiskTier.HIGH_RISK);
        assertThat(o.profile().annexIIIArea()).isEqualTo("4. Employment");
        assertThat(o.profile().role()).isEqualTo(AiActRole.DEPLOYER);
    }

    @Test
    void anArt63ConditionTakesAnAnnexIIISystemOutOfHighRiskButNotWhenItProfiles() {
        var out = AiActClassifier.classify(answers(null, false, "5. Essential services", HighRiskException.PREPARATORY_TASK,
                false, Set.of(), false));
        assertThat(out.profile().riskTier()).isEqualTo(AiActRiskTier.MINIMAL);
        assertThat(out.reasons()).anyMatch(r -> r.contains("Art. 6(3)(d)") && r.contains("Art. 6(4)"));
        var profiled = AiActClassifier.classify(answers(null, false, "5. Essential services",
                HighRiskException.PREPARATORY_TASK, true, Set.of(), false));
        assertThat(profiled.profile().riskTier()).isEqualTo(AiActRiskTier.HIGH_RISK);
    }

    @Test
    void annexIProductsAreHighRisk() {
        var o = AiActClassifier.classify(answers(null, true, null, null, false, Set.of(), false));
        assertThat(o.profile().riskTier()).isEqualTo(AiActRiskTier.HIGH_RISK);
        assertThat(o.reasons()).anyMatch(r -> r.startsWith("Art. 6(1)"));
    }

    @Test
    void transparencyCasesGiveLimitedAndAreListedEvenForHighRisk() {
        var limited = AiActClassifier.classify(answers(null, false, null, null, false,
                Set.of(TransparencyCase.INTERACTS_WITH_PERSONS), false));
        assertThat(limited.profile().riskTier()).isEqualTo(AiActRiskTier.LIMITED);
        var high = AiActClassifier.classify(answers(null, false, "4. Employment", null, false,
                Set.of(TransparencyCase.GENERATES_SYNTHETIC_CONTENT), false));
        assertThat(high.profile().riskTier()).isEqualTo(AiActRiskTier.HIGH_RISK);
        assertThat(high.reasons()).anyMatch(r -> r.startsWith("Art. 50(2)"));
    }

    @Test
    void generalPurposeModelsAndTheRest() {
        assertThat(AiActClassifier.classify(answers(null, false, null, null, false, Set.of(), true)).profile().riskTier())
                .isEqualTo(AiActRiskTier.GENERAL_PURPOSE);
        var minimal = AiActClassifier.classify(answers(null, false, null, null, false, Set.of(), false));
        assertThat(minimal.profile().riskTier()).isEqualTo(AiActRiskTier.MINIMAL);
        assertThat(minimal.reasons()).last().asString().contains("minimal risk");
    }

    @Test
    void theRecordKeepsAnswersResultAndReasons() {
        var c = AiActClassification.of("AG-0003", answers(null, false, "4. Employment", null, true, Set.of(), false),
                "Aoife", LocalDate.of(2026, 11, 20));
        assertThat(c.result().riskTier()).isEqualTo(AiActRiskTier.HIGH_RISK);
        assertThat(c.reasons()).isNotEmpty();
        assertThat(c.answers().annexIIIPoint()).isEqualTo("4");
        assertThatThrownBy(() -> new AiActAnswers(null, false, null, null, false, Set.of(), false, null))
                .hasMessageContaining("role");
    }
}
