package dev.steward.domain.coverage;

import java.util.Collection;

/**
 * Counts of clauses by status, direct and derived apart. Percentages are of the applicable clauses
 * (not-applicable ones are left out), rounded half up to whole percent, computed only here.
 */
public record Tally(int coveredDirect, int coveredDerived, int partialDirect, int partialDerived, int gap,
                    int notApplicable) {

    public static Tally of(Collection<ClauseCoverage> clauses) {
        int cd = 0, cv = 0, pd = 0, pv = 0, g = 0, na = 0;
        for (ClauseCoverage c : clauses) {
            switch (c.status()) {
                case COVERED -> { if (c.derived()) cv++; else cd++; }
                case PARTIAL -> { if (c.derived()) pv++; else pd++; }
                case GAP -> g++;
                case NOT_APPLICABLE -> na++;
            }
        }
        return new Tally(cd, cv, pd, pv, g, na);
    }

    public int total() {
        return applicable() + notApplicable;
    }

    public int applicable() {
        return coveredDirect + coveredDerived + partialDirect + partialDerived + gap;
    }

    public int percent(int count) {
        return applicable() == 0 ? 0 : (int) Math.round(100.0 * count / applicable());
    }

    /** The headline figure: clauses covered by the register's own mappings. */
    public int coveredPercent() {
        return percent(coveredDirect);
    }

    public int coveredDerivedPercent() {
        return percent(coveredDerived);
    }

    public int partialPercent() {
        return percent(partialDirect);
    }

    public int partialDerivedPercent() {
        return percent(partialDerived);
    }

    public int gapPercent() {
        return percent(gap);
    }

    /** "42% covered · 8% covered (derived) · 20% partial · 30% gap · 3 not applicable". */
    public String summary() {
        StringBuilder s = new StringBuilder(coveredPercent() + "% covered");
        if (coveredDerived > 0) s.append(" · ").append(coveredDerivedPercent()).append("% covered (derived)");
        s.append(" · ").append(partialPercent()).append("% partial");
        if (partialDerived > 0) s.append(" · ").append(partialDerivedPercent()).append("% partial (derived)");
        s.append(" · ").append(gapPercent()).append("% gap");
        if (notApplicable > 0) s.append(" · ").append(notApplicable).append(" not applicable");
        return s.toString();
    }
}
