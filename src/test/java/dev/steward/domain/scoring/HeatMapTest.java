package dev.steward.domain.scoring;

import dev.steward.domain.Rating;
import dev.steward.domain.Risk;
import dev.steward.domain.RiskCategory;
import dev.steward.domain.RiskStatus;
import dev.steward.domain.Taxonomy;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class HeatMapTest {
    static final Taxonomy TAXONOMY = new Taxonomy(List.of(new RiskCategory("OPS", null, "Operational", null, 12),
            new RiskCategory("EXEC", "OPS", "Execution boundary", null, 8), new RiskCategory("SEC", null, "Security", null, 8)));

    static Risk risk(String id, String category, String agent, String owner, Rating inherent, Rating residual, RiskStatus s) {
        return new Risk(id, "Risk " + id, null, null, null, category, agent == null ? List.of() : List.of(agent), owner,
                inherent, List.of(), residual, null, null, null, s, null, List.of());
    }

    final List<Risk> risks = List.of(
            risk("R-0001", "EXEC", "AG-0001", "P-0001", new Rating(4, 5), new Rating(2, 5), RiskStatus.OPEN),
            risk("R-0002", "OPS", "AG-0002", "P-0002", new Rating(4, 5), null, RiskStatus.OPEN),
            risk("R-0003", "SEC", "AG-0001", "P-0002", new Rating(3, 3), new Rating(2, 2), RiskStatus.OPEN),
            risk("R-0004", "SEC", "AG-0001", "P-0001", new Rating(1, 1), new Rating(1, 1), RiskStatus.CLOSED));

    @Test
    void cellsCountTheRisksRatedThere() {
        HeatMap map = HeatMap.of(risks, RatingView.INHERENT, ScoringMatrix.defaultMatrix());
        assertThat(map.count(4, 5)).isEqualTo(2);
        assertThat(map.risks(4, 5)).extracting(Risk::id).containsExactly("R-0001", "R-0002");
        assertThat(map.band(4, 5).name()).isEqualTo("Critical");
        assertThat(map.placed()).isEqualTo(4);
    }

    @Test
    void theResidualViewSetsUnassessedRisksApart() {
        HeatMap map = HeatMap.of(risks, RatingView.RESIDUAL, ScoringMatrix.defaultMatrix());
        assertThat(map.count(2, 5)).isEqualTo(1);
        assertThat(map.unrated()).extracting(Risk::id).containsExactly("R-0002");
        assertThat(map.placed() + map.unrated().size()).isEqualTo(risks.size());
    }

    @Test
    void theFilterIncludesSubCategoriesAgentsOwnersAndClosedOnRequest() {
        assertThat(RiskFilter.all().withCategory("OPS").apply(risks, TAXONOMY)).extracting(Risk::id).containsExactly("R-0001", "R-0002");
        assertThat(RiskFilter.all().withCategory("EXEC").apply(risks, TAXONOMY)).extracting(Risk::id).containsExactly("R-0001");
        assertThat(RiskFilter.all().withAgent("AG-0001").apply(risks, TAXONOMY)).hasSize(3);
        assertThat(RiskFilter.open().withAgent("AG-0001").apply(risks, TAXONOMY)).hasSize(2);
        assertThat(RiskFilter.open().withOwner("P-0002").apply(risks, TAXONOMY)).extracting(Risk::id).containsExactly("R-0002", "R-0003");
    }

    @Test
    void aRatingOffTheMatrixIsAnErrorNotALostRisk() {
        ScoringMatrix three = new ScoringMatrix("default", 3, ScoringMatrixTest.labels(3), ScoringMatrixTest.labels(3),
                List.of(new ScoreBand("All", 1, 9, BandColour.GREEN)));
        assertThatThrownBy(() -> HeatMap.of(risks, RatingView.INHERENT, three)).hasMessageContaining("R-0001 is rated 4x5");
    }
}
