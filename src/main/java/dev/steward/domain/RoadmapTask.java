package dev.steward.domain;

import java.time.LocalDate;
import java.util.List;

/** A task of the 90-day governance roadmap. */
public record RoadmapTask(
        String id,
        Phase phase,
        String title,
        String description,
        String ownerId,
        LocalDate start,
        LocalDate due,
        TaskStatus status,
        String blockedReason,
        List<String> dependencyIds,
        List<String> evidenceIds) implements Entity {

    public RoadmapTask {
        Ids.require(Ids.TASK, id, "task id");
        Check.notNull(phase, "task phase");
        Check.text(title, "task title");
        Ids.optional(Ids.PERSON, ownerId, "task ownerId");
        Check.notNull(start, "task start");
        Check.notNull(due, "task due");
        if (due.isBefore(start)) {
            throw new IllegalArgumentException("task due must not be before start: " + start + " .. " + due);
        }
        status = status == null ? TaskStatus.NOT_STARTED : status;
        if (status == TaskStatus.BLOCKED && (blockedReason == null || blockedReason.isBlank())) {
            throw new IllegalArgumentException("task blockedReason is required when status is BLOCKED");
        }
        dependencyIds = Check.ids(dependencyIds, Ids.TASK, "task dependencyIds");
        if (dependencyIds.contains(id)) {
            throw new IllegalArgumentException("task dependencyIds must not contain the task itself: '" + id + "'");
        }
        evidenceIds = Check.ids(evidenceIds, Ids.EVIDENCE, "task evidenceIds");
    }

    /** Late: not done and today is past the due date. */
    public boolean isLate(LocalDate today) {
        return status != TaskStatus.DONE && today.isAfter(due);
    }

    public RoadmapTask withStatus(TaskStatus next, String reason) {
        return new RoadmapTask(id, phase, title, description, ownerId, start, due, next,
                next == TaskStatus.BLOCKED ? reason : null, dependencyIds, evidenceIds);
    }
}
