package dev.steward.domain;

import java.time.Instant;

/** One dated line of an incident's timeline. */
public record TimelineEntry(Instant at, String text) {
    public TimelineEntry {
        Check.notNull(at, "timeline entry at");
        Check.text(text, "timeline entry text");
    }
}
