package dev.steward.domain;

import java.util.stream.Stream;

/** Who answers for the agent; all person ids, each may still be unassigned (null). */
public record Accountability(String ownerId, String approverId, String incidentInvestigatorId, String liabilityHolderId) {
    public Accountability {
        Ids.optional(Ids.PERSON, ownerId, "accountability ownerId");
        Ids.optional(Ids.PERSON, approverId, "accountability approverId");
        Ids.optional(Ids.PERSON, incidentInvestigatorId, "accountability incidentInvestigatorId");
        Ids.optional(Ids.PERSON, liabilityHolderId, "accountability liabilityHolderId");
    }

    public static Accountability none() {
        return new Accountability(null, null, null, null);
    }

    public static Accountability ownedBy(String ownerId) {
        return new Accountability(ownerId, null, null, null);
    }

    /** The assigned person ids, for integrity checks. */
    public Stream<String> personIds() {
        return Stream.of(ownerId, approverId, incidentInvestigatorId, liabilityHolderId).filter(id -> id != null);
    }
}
