package dev.steward.domain.coverage;

import java.util.List;

/** A gap or partial clause with its importance score and the reasons behind it, in words. */
public record RankedGap(ClauseCoverage coverage, int score, List<String> reasons) {
    public RankedGap {
        reasons = List.copyOf(reasons);
    }
}
