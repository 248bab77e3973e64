package dev.steward.domain.scoring;

import dev.steward.domain.Rating;

import java.util.Collection;
import java.util.List;

/**
 * How far apart the committee's votes are, and a starting point for the chair: the median of each
 * axis, rounded up (when the room is split, lean to the more cautious score).
 */
public record VoteSpread(int voters, int minLikelihood, int maxLikelihood, int minImpact, int maxImpact,
                         int minScore, int maxScore, Rating median) {

    public static VoteSpread of(Collection<Rating> votes) {
        if (votes.isEmpty()) throw new IllegalArgumentException("no votes to spread");
        List<Integer> ls = votes.stream().map(Rating::likelihood).sorted().toList();
        List<Integer> is = votes.stream().map(Rating::impact).sorted().toList();
        List<Integer> scores = votes.stream().map(Rating::score).sorted().toList();
        return new VoteSpread(votes.size(), ls.get(0), ls.get(ls.size() - 1), is.get(0), is.get(is.size() - 1),
                scores.get(0), scores.get(scores.size() - 1), new Rating(upperMedian(ls), upperMedian(is)));
    }

    public boolean unanimous() {
        return minLikelihood == maxLikelihood && minImpact == maxImpact;
    }

    /** Two or more levels apart on either axis: worth a discussion before the chair records a score. */
    public boolean wide() {
        return maxLikelihood - minLikelihood >= 2 || maxImpact - minImpact >= 2;
    }

    private static int upperMedian(List<Integer> sorted) {
        return sorted.get(sorted.size() / 2);
    }
}
