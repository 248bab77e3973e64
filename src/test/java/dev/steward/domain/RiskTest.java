package dev.steward.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class RiskTest {
    static Risk open(Rating inherent, Rating residual) {
        return new Risk("R-0002", "Token theft", null, null, null, "IAM", List.of(), null, inherent, List.of(), residual,
                Treatment.MITIGATE, null, null, null, null, null);
    }

    @Test
    void ratingScoreIsLikelihoodTimesImpact() {
        assertThat(new Rating(4, 5).score()).isEqualTo(20);
        assertThat(new Rating(1, 1).score()).isEqualTo(1);
        assertThat(new Rating(6, 6).score()).isEqualTo(36);
        assertThatThrownBy(() -> new Rating(0, 3)).hasMessage("rating likelihood must be between 1 and 6: 0");
        assertThatThrownBy(() -> new Rating(3, 7)).hasMessage("rating impact must be between 1 and 6: 7");
    }

    @Test
    void validatesReferencesAndRequiredFields() {
        Risk r = Fixtures.risk();
        assertThatThrownBy(() -> new Risk("RISK-1", "t", null, null, null, "EXEC", null, null, new Rating(1, 1), null, null,
                null, null, null, null, null, null)).hasMessage("risk id must look like R-0001: 'RISK-1'");
        assertThatThrownBy(() -> new Risk("R-0001", "", null, null, null, "EXEC", null, null, new Rating(1, 1), null, null,
                null, null, null, null, null, null)).hasMessage("risk title is required");
        assertThatThrownBy(() -> new Risk("R-0001", "t", null, null, null, "exec", null, null, new Rating(1, 1), null, null,
                null, null, null, null, null, null)).hasMessageContaining("risk categoryCode must be");
        assertThatThrownBy(() -> new Risk("R-0001", "t", null, null, null, "EXEC", List.of("A-1"), null, new Rating(1, 1),
                null, null, null, null, null, null, null, null)).hasMessage("risk affectedAgentIds entry must look like AG-0001: 'A-1'");
        assertThatThrownBy(() -> new Risk("R-0001", "t", null, null, null, "EXEC", null, null, null, null, null,
                null, null, null, null, null, null)).hasMessage("risk inherent rating is required");
        assertThatThrownBy(() -> new Risk("R-0001", "t", null, null, null, "EXEC", null, null, new Rating(1, 1),
                List.of("C-0001", "C-0001"), null, null, null, null, null, null, null))
                .hasMessageContaining("risk linkedControlIds contains duplicates");
        assertThatThrownBy(() -> new Risk("R-0001", "t", null, null, null, "EXEC", null, null, new Rating(1, 1), null, null,
                null, null, null, null, null, List.of("T2"))).hasMessageContaining("risk threatRefs entry must look like");
        assertThatThrownBy(() -> new Risk("R-0001", "t", null, null, null, "EXEC", null, null, new Rating(1, 1), null, null,
                null, null, null, RiskStatus.ACCEPTED, null, null)).hasMessage("risk acceptance is required when status is ACCEPTED");
        assertThat(r.threatRefs()).containsExactly("owasp-agentic-threats:T2");
    }

    @Test
    void defaultsStatusAndEmptyLists() {
        Risk r = open(new Rating(2, 2), null);
        assertThat(r.status()).isEqualTo(RiskStatus.OPEN);
        assertThat(r.threatRefs()).isEmpty();
        assertThat(r.currentRating()).isEqualTo(new Rating(2, 2));
    }

    @Test
    void outOfToleranceUntilTreatedOrAccepted() {
        LocalDate today = LocalDate.of(2026, 11, 20);
        Risk r = open(new Rating(5, 5), new Rating(3, 4)); // residual 12
        assertThat(r.exceedsTolerance(12)).isFalse();
        assertThat(r.outOfTolerance(8, today)).isTrue();
        assertThat(r.withResidual(new Rating(2, 4)).outOfTolerance(8, today)).isFalse();
        Risk accepted = r.accepted(new RiskAcceptance("P-0001", LocalDate.of(2026, 11, 1), LocalDate.of(2027, 2, 1)));
        assertThat(accepted.status()).isEqualTo(RiskStatus.ACCEPTED);
        assertThat(accepted.treatment()).isEqualTo(Treatment.ACCEPT);
        assertThat(accepted.outOfTolerance(8, today)).isFalse();
        assertThat(accepted.outOfTolerance(8, LocalDate.of(2027, 2, 2))).isTrue(); // acceptance expired
    }

    @Test
    void acceptanceExpiryMustFollowItsDate() {
        assertThatThrownBy(() -> new RiskAcceptance("P-0001", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 1)))
                .hasMessageContaining("risk acceptance expiry must be after its date");
        assertThatThrownBy(() -> new RiskAcceptance("P-0001", LocalDate.of(2026, 1, 1), null))
                .hasMessage("risk acceptance expiry is required");
        assertThatThrownBy(() -> new RiskAcceptance("bob", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 2, 1)))
                .hasMessage("risk acceptance approverId must look like P-0001: 'bob'");
        RiskAcceptance a = new RiskAcceptance("P-0001", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 2, 1));
        assertThat(a.isValidOn(LocalDate.of(2025, 12, 31))).isFalse();
        assertThat(a.isValidOn(LocalDate.of(2026, 2, 1))).isTrue();
    }
}
