package dev.steward.domain.coverage;

import dev.steward.domain.Clause;
import dev.steward.domain.ClauseApplicability;
import dev.steward.domain.Mapping;

import java.util.List;
import java.util.Optional;

/**
 * One assessable clause's coverage.
 *
 * @param groupRef      the root clause it sits under (NIST function, ISO clause or Annex A, AI Act chapter)
 * @param status        the status shown: the direct one, or when there is none the derived one
 * @param derived       true when {@code status} was reached only through a crosswalk
 * @param directStatus  what the clause's own mappings give (GAP when none; NOT_APPLICABLE when excluded)
 * @param mappings      the mappings to this clause whose controls count (not those marked not applicable)
 * @param via           crosswalk neighbours that carry coverage, for the drill-down
 * @param crosswalkLinks how many crosswalk pairs touch the clause at all
 * @param applicability the recorded decision, if any
 */
public record ClauseCoverage(Clause clause, String groupRef, CoverageStatus status, boolean derived,
                             CoverageStatus directStatus, List<Mapping> mappings, List<DerivedLink> via,
                             int crosswalkLinks, ClauseApplicability applicability) {

    public ClauseCoverage {
        mappings = List.copyOf(mappings);
        via = List.copyOf(via);
    }

    public String ref() {
        return clause.ref();
    }

    public Optional<ClauseApplicability> decision() {
        return Optional.ofNullable(applicability);
    }

    /** "Covered", "Partial (derived)", ...: the status in words, never by colour alone. */
    public String describe() {
        return status.label() + (derived ? " (derived)" : "");
    }
}
