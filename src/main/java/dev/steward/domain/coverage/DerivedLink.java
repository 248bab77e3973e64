package dev.steward.domain.coverage;

import dev.steward.domain.Relation;

import java.util.List;

/**
 * A crosswalk neighbour through which a clause gets derived coverage.
 *
 * @param relation        read from the clause being assessed: "this clause RELATION neighbour"
 * @param neighbourStatus the neighbour's own, direct status
 * @param carried         what that gives this clause (covered only when the neighbour contains this clause)
 * @param controlIds      the controls mapped to the neighbour
 */
public record DerivedLink(String catalogId, String ref, Relation relation, CoverageStatus neighbourStatus,
                          CoverageStatus carried, List<String> controlIds) {
    public DerivedLink {
        controlIds = List.copyOf(controlIds);
    }
}
