package dev.steward.domain.roadmap;

import dev.steward.domain.Cadence;
import dev.steward.domain.CommitteeRole;

/**
 * A recurring activity of the template. It starts in {@code startWeek} of the plan (13: the week
 * after the 90-day programme), on the weekday {@code dayOfWeek} (1 Monday .. 5 Friday).
 */
public record ActivityTemplate(String title, String description, Cadence cadence, int startWeek, int dayOfWeek,
                               CommitteeRole ownerRole, boolean everyAgent, String evidenceKind) {
    public ActivityTemplate {
        if (title == null || title.isBlank()) throw new IllegalArgumentException("template activity title is required");
        if (cadence == null) throw new IllegalArgumentException("template activity " + title + " cadence is required");
        if (startWeek < 1) throw new IllegalArgumentException("template activity " + title + " startWeek must be at least 1");
        if (dayOfWeek < 1 || dayOfWeek > 5) {
            throw new IllegalArgumentException("template activity " + title + " dayOfWeek must be between 1 and 5: " + dayOfWeek);
        }
    }
}
