package dev.steward.domain.scoring;

import dev.steward.domain.Rating;
import dev.steward.domain.Risk;
import dev.steward.domain.RiskCategory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class MatrixChangeTest {

    @ParameterizedTest
    @CsvSource({"1,5,3,1", "3,5,3,2", "5,5,3,3", "2,5,3,2", "4,5,3,3", "1,3,5,1", "2,3,5,3", "3,3,5,5", "5,5,6,6", "3,5,6,4"})
    void levelsMapEndToEndAndInProportion(int level, int from, int to, int expected) {
        assertThat(MatrixChange.remapLevel(level, from, to)).isEqualTo(expected);
    }

    @Test
    void remappingKeepsTheOrderOfLevels() {
        for (int from = 3; from <= 6; from++) {
            for (int to = 3; to <= 6; to++) {
                for (int k = 2; k <= from; k++) {
                    assertThat(MatrixChange.remapLevel(k, from, to)).isGreaterThanOrEqualTo(MatrixChange.remapLevel(k - 1, from, to));
                }
            }
        }
    }

    @Test
    void tolerancesScaleWithTheScoreRange() {
        assertThat(MatrixChange.remapTolerance(8, 5, 5)).isEqualTo(8);
        assertThat(MatrixChange.remapTolerance(8, 5, 3)).isEqualTo(3);   // 8/25 of 9 = 2.9
        assertThat(MatrixChange.remapTolerance(25, 5, 6)).isEqualTo(36);
        assertThat(MatrixChange.remapTolerance(1, 6, 3)).isEqualTo(1);
    }

    @Test
    void aResizePlansEveryRiskAndToleranceThatMoves() {
        Risk r = RiskEvaluationTest.scored(new Rating(5, 4), new Rating(1, 1));
        RiskCategory exec = new RiskCategory("EXEC", null, "Execution boundary", null, 8);
        ScoringMatrix three = new ScoringMatrix("default", 3, List.of("Low", "Medium", "High"), List.of("Low", "Medium", "High"),
                List.of(new ScoreBand("Low", 1, 2, BandColour.GREEN), new ScoreBand("Medium", 3, 4, BandColour.AMBER),
                        new ScoreBand("High", 6, 9, BandColour.RED)));
        MatrixChange plan = MatrixChange.plan(ScoringMatrix.defaultMatrix(), three, List.of(r), List.of(exec));
        assertThat(plan.resizes()).isTrue();
        assertThat(plan.risks()).hasSize(1);
        assertThat(plan.risks().get(0).after().inherent()).isEqualTo(new Rating(3, 3));
        assertThat(plan.risks().get(0).after().residual()).isEqualTo(new Rating(1, 1));
        assertThat(plan.tolerances().get(0).after().tolerance()).isEqualTo(3);
        assertThat(three.fits(plan.risks().get(0).after().inherent())).isTrue();
    }

    @Test
    void relabellingWithoutResizingTouchesNoRisk() {
        ScoringMatrix m = ScoringMatrix.defaultMatrix();
        ScoringMatrix relabelled = new ScoringMatrix("default", 5, List.of("A", "B", "C", "D", "E"), m.impactLabels(), m.bands());
        MatrixChange plan = MatrixChange.plan(m, relabelled, List.of(RiskEvaluationTest.scored(new Rating(5, 5), null)),
                List.of(new RiskCategory("EXEC", null, "Exec", null, 8)));
        assertThat(plan.resizes()).isFalse();
        assertThat(plan.risks()).isEmpty();
        assertThat(plan.tolerances()).isEmpty();
    }
}
