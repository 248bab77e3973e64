package dev.steward.domain.coverage;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A framework's coverage: every assessable clause in document order, the tally over all of them and one
 * per group (NIST function, ISO clause or Annex A, AI Act chapter or annex). The single value the app,
 * the command line and the export all show.
 */
public record FrameworkCoverage(String catalogId, String catalogName, String version, List<ClauseCoverage> clauses,
                                Tally total, List<Group> groups) {

    /** A root clause of the catalog and the tally of the assessable clauses under it. */
    public record Group(String ref, String title, Tally tally) {
    }

    public FrameworkCoverage {
        clauses = List.copyOf(clauses);
        groups = List.copyOf(groups);
    }

    public Optional<ClauseCoverage> clause(String ref) {
        return clauses.stream().filter(c -> c.ref().equals(ref)).findFirst();
    }

    /** Gaps first, then partial clauses; within each, by importance (highest first), then document order. */
    public List<RankedGap> gaps(GapRanking ranking) {
        return clauses.stream()
                .filter(c -> c.status() == CoverageStatus.GAP || c.status() == CoverageStatus.PARTIAL)
                .map(ranking::rank)
                .sorted(Comparator.comparing((RankedGap g) -> g.coverage().status() == CoverageStatus.PARTIAL)
                        .thenComparing(Comparator.comparingInt(RankedGap::score).reversed()))
                .toList();
    }
}
