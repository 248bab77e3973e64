package dev.steward.domain;

import java.time.LocalDate;

/**
 * One recorded step in an agent's life: a lifecycle move, a sanction decision (sanctioned,
 * blocked) or a review. Who (a person id) did it, on which day, why, and under which approval
 * when one was required. The agent keeps these in order; the change log keeps the rest.
 */
public record LifecycleEvent(Kind kind, LocalDate on, String byPersonId, Lifecycle from, Lifecycle to,
                             Sanction sanction, String reason, String approvalId) {

    public enum Kind { LIFECYCLE, SANCTION, REVIEW }

    public LifecycleEvent {
        Check.notNull(kind, "lifecycle event kind");
        Check.notNull(on, "lifecycle event date");
        Ids.require(Ids.PERSON, byPersonId, "lifecycle event byPersonId");
        Check.notNull(from, "lifecycle event from");
        Check.notNull(to, "lifecycle event to");
        Check.notNull(sanction, "lifecycle event sanction");
        Ids.optional(Ids.APPROVAL, approvalId, "lifecycle event approvalId");
        if (reason != null && reason.isBlank()) reason = null;
    }
}
