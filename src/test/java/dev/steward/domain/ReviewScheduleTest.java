package dev.steward.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ReviewScheduleTest {
    @Test
    void defaultCadenceFollowsTheRiskTier() {
        assertThat(ReviewSchedule.defaultCadenceMonths(AiActRiskTier.PROHIBITED)).isEqualTo(1);
        assertThat(ReviewSchedule.defaultCadenceMonths(AiActRiskTier.HIGH_RISK)).isEqualTo(3);
        assertThat(ReviewSchedule.defaultCadenceMonths(AiActRiskTier.LIMITED)).isEqualTo(6);
        assertThat(ReviewSchedule.defaultCadenceMonths(AiActRiskTier.GENERAL_PURPOSE)).isEqualTo(6);
        assertThat(ReviewSchedule.defaultCadenceMonths(AiActRiskTier.MINIMAL)).isEqualTo(12);
        assertThat(ReviewSchedule.defaultCadenceMonths(null)).isEqualTo(3);
    }

    @Test
    void nextDueAndOverdue() {
        ReviewSchedule r = new ReviewSchedule(LocalDate.of(2026, 8, 31), 3);
        assertThat(r.nextDue()).contains(LocalDate.of(2026, 11, 30));
        assertThat(r.isOverdue(LocalDate.of(2026, 11, 30))).isFalse();
        assertThat(r.isOverdue(LocalDate.of(2026, 12, 1))).isTrue();
    }

    @Test
    void neverReviewedIsOverdue() {
        ReviewSchedule r = ReviewSchedule.forTier(AiActRiskTier.MINIMAL, null);
        assertThat(r.nextDue()).isEmpty();
        assertThat(r.isOverdue(LocalDate.of(2026, 1, 1))).isTrue();
        assertThat(r.reviewedOn(LocalDate.of(2026, 1, 1)).isOverdue(LocalDate.of(2026, 1, 2))).isFalse();
    }

    @Test
    void cadenceMustBePositive() {
        assertThatThrownBy(() -> new ReviewSchedule(null, 0)).hasMessage("review cadence months must be between 1 and 36: 0");
    }

    @Test
    void agentsActingAloneAreReviewedMoreOften() {
        assertThat(ReviewSchedule.defaultCadenceMonths(AiActRiskTier.MINIMAL, AutonomyLevel.SUGGESTS_ONLY)).isEqualTo(12);
        assertThat(ReviewSchedule.defaultCadenceMonths(AiActRiskTier.MINIMAL, AutonomyLevel.ACTS_ALONE_MONITORED)).isEqualTo(6);
        assertThat(ReviewSchedule.defaultCadenceMonths(AiActRiskTier.MINIMAL, AutonomyLevel.ACTS_ALONE)).isEqualTo(3);
        assertThat(ReviewSchedule.defaultCadenceMonths(AiActRiskTier.PROHIBITED, AutonomyLevel.ACTS_ALONE)).isEqualTo(1);
        assertThat(ReviewSchedule.forTierAndAutonomy(null, AutonomyLevel.ACTS_ALONE, null).cadenceMonths()).isEqualTo(3);
    }
}
