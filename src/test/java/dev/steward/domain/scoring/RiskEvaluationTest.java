package dev.steward.domain.scoring;

import dev.steward.domain.Rating;
import dev.steward.domain.Risk;
import dev.steward.domain.RiskAcceptance;
import dev.steward.domain.RiskStatus;
import dev.steward.domain.Treatment;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class RiskEvaluationTest {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private final ScoringMatrix m = ScoringMatrix.defaultMatrix();

    static Risk risk(Rating inherent, Rating residual, Treatment t, String plan, LocalDate due, RiskStatus s, RiskAcceptance a) {
        return new Risk("R-0001", "Unapproved postings", null, null, null, "EXEC", List.of(), null, inherent, List.of(),
                residual, t, plan, due, s, a, List.of());
    }

    static Risk scored(Rating inherent, Rating residual) {
        return risk(inherent, residual, null, null, null, RiskStatus.OPEN, null);
    }

    @Test
    void scoresAreLikelihoodTimesImpactWithTheirBands() {
        RiskEvaluation e = RiskEvaluation.of(scored(new Rating(4, 5), new Rating(2, 3)), 8, m, TODAY);
        assertThat(e.inherentScore()).isEqualTo(20);
        assertThat(e.inherentBand().name()).isEqualTo("Critical");
        assertThat(e.residualScore()).isEqualTo(6);
        assertThat(e.residualBand().name()).isEqualTo("Medium");
        assertThat(e.currentScore()).isEqualTo(6);
        assertThat(e.status()).isEqualTo(ToleranceStatus.WITHIN);
    }

    @Test
    void aResidualAtTheToleranceIsWithinAndOneAboveIsOut() {
        assertThat(RiskEvaluation.of(scored(new Rating(5, 5), new Rating(2, 4)), 8, m, TODAY).outOfTolerance()).isFalse();
        RiskEvaluation above = RiskEvaluation.of(scored(new Rating(5, 5), new Rating(3, 3)), 8, m, TODAY);
        assertThat(above.outOfTolerance()).isTrue();
        assertThat(above.status()).isEqualTo(ToleranceStatus.UNTREATED);
        assertThat(above.status().needsDecision()).isTrue();
    }

    @Test
    void withoutAResidualTheInherentRatingCountsAgainstTolerance() {
        RiskEvaluation e = RiskEvaluation.of(scored(new Rating(4, 4), null), 8, m, TODAY);
        assertThat(e.residualScore()).isNull();
        assertThat(e.residualBand()).isNull();
        assertThat(e.currentScore()).isEqualTo(16);
        assertThat(e.outOfTolerance()).isTrue();
    }

    @Test
    void aTreatmentPlanWithADueDateKeepsItOutOfToleranceButInHand() {
        Risk treated = risk(new Rating(4, 4), new Rating(3, 4), Treatment.MITIGATE, "Add a second approver",
                TODAY.plusDays(10), RiskStatus.IN_TREATMENT, null);
        RiskEvaluation e = RiskEvaluation.of(treated, 8, m, TODAY);
        assertThat(e.status()).isEqualTo(ToleranceStatus.IN_TREATMENT);
        assertThat(e.outOfTolerance()).isTrue();
        assertThat(e.status().needsDecision()).isFalse();
        assertThat(RiskEvaluation.of(treated, 8, m, TODAY.plusDays(11)).status()).isEqualTo(ToleranceStatus.TREATMENT_OVERDUE);
    }

    @Test
    void aPlanWithoutADueDateIsNotATreatment() {
        Risk vague = risk(new Rating(4, 4), new Rating(3, 4), Treatment.MITIGATE, "Do something", null, RiskStatus.OPEN, null);
        assertThat(RiskEvaluation.of(vague, 8, m, TODAY).status()).isEqualTo(ToleranceStatus.UNTREATED);
    }

    @Test
    void anAcceptanceHoldsThroughItsExpiryDayAndLapsesTheDayAfter() {
        RiskAcceptance a = new RiskAcceptance("P-0007", LocalDate.of(2026, 11, 4), LocalDate.of(2027, 2, 4));
        Risk accepted = scored(new Rating(3, 4), new Rating(2, 4)).accepted(a);
        assertThat(RiskEvaluation.of(accepted, 6, m, TODAY).status()).isEqualTo(ToleranceStatus.ACCEPTED);
        assertThat(RiskEvaluation.of(accepted, 6, m, LocalDate.of(2027, 2, 4)).outOfTolerance()).isFalse();
        RiskEvaluation lapsed = RiskEvaluation.of(accepted, 6, m, LocalDate.of(2027, 2, 5));
        assertThat(lapsed.status()).isEqualTo(ToleranceStatus.ACCEPTANCE_EXPIRED);
        assertThat(lapsed.outOfTolerance()).isTrue();
        assertThat(lapsed.status().needsDecision()).isTrue();
    }

    @Test
    void anAcceptanceNotYetInForceDoesNotCount() {
        RiskAcceptance future = new RiskAcceptance("P-0007", TODAY.plusDays(3), TODAY.plusDays(90));
        Risk r = scored(new Rating(3, 4), new Rating(2, 4)).accepted(future);
        assertThat(RiskEvaluation.of(r, 6, m, TODAY).status()).isEqualTo(ToleranceStatus.UNTREATED);
    }

    @Test
    void raisingTheToleranceBringsARiskBackWithin() {
        Risk r = scored(new Rating(4, 4), new Rating(3, 4));
        assertThat(RiskEvaluation.of(r, 8, m, TODAY).outOfTolerance()).isTrue();
        assertThat(RiskEvaluation.of(r, 12, m, TODAY).outOfTolerance()).isFalse();
    }

    @Test
    void aClosedRiskIsNeverOutOfTolerance() {
        Risk closed = risk(new Rating(5, 5), new Rating(5, 5), null, null, null, RiskStatus.CLOSED, null);
        assertThat(RiskEvaluation.of(closed, 1, m, TODAY).status()).isEqualTo(ToleranceStatus.CLOSED);
    }

    @Test
    void agreesWithTheRiskRecordsOwnToleranceRule() {
        Risk r = scored(new Rating(4, 4), new Rating(3, 4));
        assertThat(RiskEvaluation.of(r, 8, m, TODAY).aboveTolerance()).isEqualTo(r.exceedsTolerance(8));
    }
}
