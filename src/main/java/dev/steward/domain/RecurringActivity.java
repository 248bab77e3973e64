package dev.steward.domain;

import java.time.LocalDate;

/**
 * A governance activity that comes round on a cadence once the 90-day programme is over: the
 * monthly committee meeting, the quarterly access review of every agent, the annual framework
 * re-assessment. Its occurrences are computed (domain.roadmap.Recurrence), not stored.
 */
public record RecurringActivity(
        String id,
        String title,
        String description,
        String ownerId,
        Cadence cadence,
        LocalDate firstDate,
        LocalDate until,
        boolean everyAgent,
        String evidenceKind) implements Entity {

    public RecurringActivity {
        Ids.require(Ids.ACTIVITY, id, "activity id");
        Check.text(title, "activity title");
        Ids.optional(Ids.PERSON, ownerId, "activity ownerId");
        Check.notNull(cadence, "activity cadence");
        Check.notNull(firstDate, "activity firstDate");
        if (until != null && until.isBefore(firstDate)) {
            throw new IllegalArgumentException("activity until must not be before firstDate: " + firstDate + " .. " + until);
        }
        evidenceKind = evidenceKind == null || evidenceKind.isBlank() ? null : evidenceKind.strip();
    }

    public RecurringActivity withSchedule(Cadence newCadence, LocalDate newFirstDate, LocalDate newUntil) {
        return new RecurringActivity(id, title, description, ownerId, newCadence, newFirstDate, newUntil, everyAgent,
                evidenceKind);
    }

    public RecurringActivity withDetails(String newTitle, String newDescription, String newOwnerId, boolean newEveryAgent,
                                         String newEvidenceKind) {
        return new RecurringActivity(id, newTitle, newDescription, newOwnerId, cadence, firstDate, until, newEveryAgent,
                newEvidenceKind);
    }
}
