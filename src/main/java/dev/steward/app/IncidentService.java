package dev.steward.app;

import dev.steward.domain.Ids;
import dev.steward.domain.Incident;
import dev.steward.domain.IncidentStatus;
import dev.steward.domain.TimelineEntry;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;

/**
 * Recording incidents and their response: each save and each timeline entry is one undoable edit.
 * A change of status also lands in the incident's own timeline, which is what an auditor reads.
 */
public final class IncidentService {
    private final Clock clock;

    public IncidentService(Clock clock) {
        this.clock = clock;
    }

    public Clock clock() {
        return clock;
    }

    public String nextId(OpenedRegister opened) {
        return Ids.next(Ids.INCIDENT, opened.register().all(EntityKinds.INCIDENT).stream().map(Incident::id).toList());
    }

    /** Creates the incident when {@code before} is null, else updates it; nothing happens when nothing changed. */
    public Incident save(OpenedRegister opened, Incident before, Incident after) {
        if (after.equals(before)) return after;
        if (before == null) {
            opened.history().perform(Edit.of("Record incident " + after.id() + " " + after.title(),
                    EntityChange.create(EntityKinds.INCIDENT, after)));
            return after;
        }
        Incident next = after;
        if (before.status() != after.status()) {
            next = after.withTimelineEntry(new TimelineEntry(clock.instant(),
                    "Status changed from " + words(before.status()) + " to " + words(after.status()) + "."));
        }
        // The store refuses the edit if the incident changed since `before` was read (StaleEditException).
        opened.history().perform(Edit.of("Update incident " + after.id(), EntityChange.update(EntityKinds.INCIDENT, before, next)));
        return next;
    }

    /** Adds a dated line to the incident's timeline (kept in time order). */
    public Incident addTimelineEntry(OpenedRegister opened, String incidentId, Instant at, String text) {
        Incident before = opened.register().find(EntityKinds.INCIDENT, incidentId)
                .orElseThrow(() -> new IllegalArgumentException("no incident " + incidentId + " in the register"));
        Incident after = before.withTimelineEntry(new TimelineEntry(at, text == null ? null : text.strip()));
        opened.history().perform(Edit.of("Add a timeline entry to " + incidentId, EntityChange.update(EntityKinds.INCIDENT, before, after)));
        return after;
    }

    private static String words(IncidentStatus status) {
        String s = status.name().toLowerCase(Locale.ROOT);
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
