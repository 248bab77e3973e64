package dev.steward.domain;

/** Likelihood and impact on the scoring matrix (5x5 by default, up to 6x6 when configured). */
public record Rating(int likelihood, int impact) {
    public static final int MAX_LEVEL = 6;

    public Rating {
        Check.range(likelihood, 1, MAX_LEVEL, "rating likelihood");
        Check.range(impact, 1, MAX_LEVEL, "rating impact");
    }

    public int score() {
        return likelihood * impact;
    }
}
