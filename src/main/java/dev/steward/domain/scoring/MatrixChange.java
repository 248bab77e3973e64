package dev.steward.domain.scoring;

import dev.steward.domain.Rating;
import dev.steward.domain.Risk;
import dev.steward.domain.RiskCategory;

import java.util.ArrayList;
import java.util.List;

/**
 * What a new scoring matrix does to the register. When the size changes, every rating is re-mapped
 * level by level (lowest stays lowest, highest stays highest, the rest proportionally) and every
 * tolerance is scaled with the score range, so no stored number silently changes meaning.
 */
public record MatrixChange(ScoringMatrix from, ScoringMatrix to, List<RiskRemap> risks, List<ToleranceRemap> tolerances) {

    /** A risk whose ratings move to the new matrix. */
    public record RiskRemap(Risk before, Risk after) {
    }

    /** A category whose tolerance is re-scaled to the new score range. */
    public record ToleranceRemap(RiskCategory before, RiskCategory after) {
    }

    public static MatrixChange plan(ScoringMatrix from, ScoringMatrix to, List<Risk> risks, List<RiskCategory> categories) {
        List<RiskRemap> riskRemaps = new ArrayList<>();
        List<ToleranceRemap> toleranceRemaps = new ArrayList<>();
        if (from.size() != to.size()) {
            for (Risk r : risks) {
                Risk after = remap(r, from.size(), to.size());
                if (!after.equals(r)) riskRemaps.add(new RiskRemap(r, after));
            }
            for (RiskCategory c : categories) {
                int t = remapTolerance(c.tolerance(), from.size(), to.size());
                if (t != c.tolerance()) {
                    toleranceRemaps.add(new ToleranceRemap(c,
                            new RiskCategory(c.code(), c.parentCode(), c.name(), c.description(), t)));
                }
            }
        }
        return new MatrixChange(from, to, List.copyOf(riskRemaps), List.copyOf(toleranceRemaps));
    }

    public boolean resizes() {
        return from.size() != to.size();
    }

    /** Level k of an n-level scale on an m-level scale: 1 stays 1, n becomes m, the rest in proportion. */
    public static int remapLevel(int level, int fromSize, int toSize) {
        if (fromSize == toSize) return level;
        double position = (level - 1) / (double) (fromSize - 1);
        return (int) Math.round(position * (toSize - 1)) + 1;
    }

    public static Rating remap(Rating r, int fromSize, int toSize) {
        return r == null ? null : new Rating(remapLevel(r.likelihood(), fromSize, toSize), remapLevel(r.impact(), fromSize, toSize));
    }

    /** The same share of the score range, at least 1 and capped where RiskCategory caps it. */
    public static int remapTolerance(int tolerance, int fromSize, int toSize) {
        if (fromSize == toSize) return tolerance;
        long scaled = Math.round(tolerance * (double) (toSize * toSize) / (fromSize * fromSize));
        return (int) Math.max(1, Math.min(Math.min(scaled, toSize * toSize), RiskCategory.MAX_TOLERANCE));
    }

    private static Risk remap(Risk r, int fromSize, int toSize) {
        return new Risk(r.id(), r.title(), r.cause(), r.event(), r.consequence(), r.categoryCode(), r.affectedAgentIds(),
                r.ownerId(), remap(r.inherent(), fromSize, toSize), r.linkedControlIds(), remap(r.residual(), fromSize, toSize),
                r.treatment(), r.treatmentPlan(), r.treatmentDue(), r.status(), r.acceptance(), r.threatRefs());
    }
}
