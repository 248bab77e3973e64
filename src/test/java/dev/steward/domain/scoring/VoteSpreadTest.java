package dev.steward.domain.scoring;

import dev.steward.domain.Rating;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class VoteSpreadTest {
    @Test
    void showsTheRangeOnEachAxisAndLeansCautiousOnATie() {
        VoteSpread s = VoteSpread.of(List.of(new Rating(2, 4), new Rating(4, 5), new Rating(3, 3), new Rating(4, 4)));
        assertThat(s.voters()).isEqualTo(4);
        assertThat(s.minLikelihood()).isEqualTo(2);
        assertThat(s.maxLikelihood()).isEqualTo(4);
        assertThat(s.minImpact()).isEqualTo(3);
        assertThat(s.maxImpact()).isEqualTo(5);
        assertThat(s.minScore()).isEqualTo(8);
        assertThat(s.maxScore()).isEqualTo(20);
        assertThat(s.median()).isEqualTo(new Rating(4, 4));
        assertThat(s.wide()).isTrue();
        assertThat(s.unanimous()).isFalse();
    }

    @Test
    void unanimousVotesAreNarrow() {
        VoteSpread s = VoteSpread.of(List.of(new Rating(3, 3), new Rating(3, 3)));
        assertThat(s.unanimous()).isTrue();
        assertThat(s.wide()).isFalse();
        assertThat(s.median()).isEqualTo(new Rating(3, 3));
    }
}
