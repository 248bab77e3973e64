package dev.steward.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * One risk scored by the committee in a workshop: who voted what, and the consensus the chair
 * recorded. Stored as an entity so the votes are in the change log next to the rating they set.
 *
 * @param target   "INHERENT" or "RESIDUAL": the rating the consensus replaces
 */
public record WorkshopRound(String id, String riskId, String target, LocalDate heldOn, String chairId,
                            List<WorkshopVote> votes, Rating consensus, String note) implements Entity {
    public static final String PREFIX = "WR";

    public WorkshopRound {
        Ids.require(PREFIX, id, "workshop round id");
        Ids.require(Ids.RISK, riskId, "workshop round riskId");
        if (!"INHERENT".equals(target) && !"RESIDUAL".equals(target)) {
            throw new IllegalArgumentException("workshop round target must be INHERENT or RESIDUAL: '" + target + "'");
        }
        Check.notNull(heldOn, "workshop round heldOn");
        Ids.require(Ids.PERSON, chairId, "workshop round chairId");
        votes = Check.list(votes, "workshop round votes");
        if (votes.isEmpty()) throw new IllegalArgumentException("workshop round needs at least one vote");
        Check.noDuplicates(votes.stream().map(WorkshopVote::personId).toList(), "workshop round voters");
        Check.notNull(consensus, "workshop round consensus");
    }
}
