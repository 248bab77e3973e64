package dev.steward.domain.scoring;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ScoringMatrixTest {
    private final ScoringMatrix m = ScoringMatrix.defaultMatrix();

    @ParameterizedTest
    @CsvSource({"1,Low", "4,Low", "5,Medium", "9,Medium", "10,High", "12,High", "16,High", "20,Critical", "25,Critical"})
    void defaultBandsFollowTheDesign(int score, String band) {
        assertThat(m.band(score).name()).isEqualTo(band);
    }

    @Test
    void defaultIsFiveByFiveWithTheDesignLabelsAndColours() {
        assertThat(m.size()).isEqualTo(5);
        assertThat(m.likelihoodLabel(1)).isEqualTo("Rare");
        assertThat(m.likelihoodLabel(5)).isEqualTo("Almost certain");
        assertThat(m.impactLabel(4)).isEqualTo("Major");
        assertThat(m.bands()).extracting(ScoreBand::colour)
                .containsExactly(BandColour.GREEN, BandColour.AMBER, BandColour.ORANGE, BandColour.RED);
    }

    @Test
    void everyReachableScoreOfTheDefaultHasABand() {
        for (int score : ScoringMatrix.reachableScores(5)) assertThat(m.band(score)).isNotNull();
        assertThat(ScoringMatrix.reachableScores(5)).doesNotContain(17, 18, 19, 21);
    }

    @Test
    void refusesSizesOutsideThreeToSix() {
        assertThatThrownBy(() -> new ScoringMatrix("default", 2, List.of("a", "b"), List.of("a", "b"),
                List.of(new ScoreBand("All", 1, 4, BandColour.GREEN)))).hasMessageContaining("between 3 and 6: 2");
        assertThatThrownBy(() -> new ScoringMatrix("default", 7, labels(7), labels(7),
                List.of(new ScoreBand("All", 1, 49, BandColour.GREEN)))).hasMessageContaining("between 3 and 6: 7");
    }

    @Test
    void refusesLabelsThatDoNotMatchTheSize() {
        assertThatThrownBy(() -> new ScoringMatrix("default", 3, labels(2), labels(3),
                List.of(new ScoreBand("All", 1, 9, BandColour.GREEN)))).hasMessage("scoring matrix needs 3 likelihood labels, has 2");
    }

    @Test
    void refusesBandsThatLeaveAReachableScoreOutOrOverlap() {
        assertThatThrownBy(() -> new ScoringMatrix("default", 3, labels(3), labels(3),
                List.of(new ScoreBand("Low", 1, 3, BandColour.GREEN), new ScoreBand("High", 6, 9, BandColour.RED))))
                .hasMessage("score 4 (reachable on a 3x3 matrix) is in no score band");
        assertThatThrownBy(() -> new ScoringMatrix("default", 3, labels(3), labels(3),
                List.of(new ScoreBand("Low", 1, 4, BandColour.GREEN), new ScoreBand("High", 4, 9, BandColour.RED))))
                .hasMessageContaining("must ascend without overlapping");
        assertThatThrownBy(() -> new ScoringMatrix("default", 3, labels(3), labels(3),
                List.of(new ScoreBand("All", 1, 10, BandColour.GREEN)))).hasMessageContaining("runs past the highest score 9");
    }

    @Test
    void aSixBySixMatrixScoresUpTo36() {
        ScoringMatrix six = new ScoringMatrix("default", 6, labels(6), labels(6),
                List.of(new ScoreBand("Low", 1, 6, BandColour.GREEN), new ScoreBand("Severe", 7, 36, BandColour.PURPLE)));
        assertThat(six.maxScore()).isEqualTo(36);
        assertThat(six.band(36).name()).isEqualTo("Severe");
    }

    static List<String> labels(int n) {
        return java.util.stream.IntStream.rangeClosed(1, n).mapToObj(i -> "Level " + i).toList();
    }
}
