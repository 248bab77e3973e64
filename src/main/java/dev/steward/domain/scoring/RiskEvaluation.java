package dev.steward.domain.scoring;

import dev.steward.domain.Rating;
import dev.steward.domain.Risk;
import dev.steward.domain.RiskAcceptance;
import dev.steward.domain.RiskStatus;
import dev.steward.domain.Treatment;

import java.time.LocalDate;

/**
 * A risk's scores, bands and standing against tolerance on a given day: always computed from the
 * ratings, never typed in. Until the residual is assessed, the inherent rating is what counts.
 *
 * @param residualScore null while the residual is not assessed
 * @param currentScore  the residual score when assessed, else the inherent one; compared with tolerance
 */
public record RiskEvaluation(int inherentScore, ScoreBand inherentBand, Integer residualScore, ScoreBand residualBand,
                             int currentScore, ScoreBand currentBand, int tolerance, ToleranceStatus status) {

    public static RiskEvaluation of(Risk risk, int tolerance, ScoringMatrix matrix, LocalDate today) {
        Rating inherent = risk.inherent();
        Rating residual = risk.residual();
        int current = risk.currentRating().score();
        return new RiskEvaluation(inherent.score(), matrix.band(inherent.score()),
                residual == null ? null : residual.score(), residual == null ? null : matrix.band(residual.score()),
                current, matrix.band(current), tolerance, status(risk, current, tolerance, today));
    }

    public boolean outOfTolerance() {
        return status.outOfTolerance();
    }

    public boolean aboveTolerance() {
        return currentScore > tolerance;
    }

    static ToleranceStatus status(Risk risk, int current, int tolerance, LocalDate today) {
        if (risk.status() == RiskStatus.CLOSED) return ToleranceStatus.CLOSED;
        if (current <= tolerance) return ToleranceStatus.WITHIN;
        RiskAcceptance acceptance = risk.acceptance();
        if (acceptance != null && acceptance.isValidOn(today)) return ToleranceStatus.ACCEPTED;
        if (acceptance != null && today.isAfter(acceptance.expiry())) return ToleranceStatus.ACCEPTANCE_EXPIRED;
        if (hasTreatmentPlan(risk)) {
            return risk.treatmentDue().isBefore(today) ? ToleranceStatus.TREATMENT_OVERDUE : ToleranceStatus.IN_TREATMENT;
        }
        return ToleranceStatus.UNTREATED;
    }

    /** Treated means a treatment that changes the risk, a plan that says how, and a date it is due. */
    static boolean hasTreatmentPlan(Risk risk) {
        return risk.treatment() != null && risk.treatment() != Treatment.ACCEPT
                && risk.treatmentPlan() != null && !risk.treatmentPlan().isBlank() && risk.treatmentDue() != null;
    }
}
