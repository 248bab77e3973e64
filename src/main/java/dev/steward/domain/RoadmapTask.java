package dev.steward.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * A task of the 90-day governance roadmap. The last three components (linked controls and agents,
 * the kind of evidence that proves it done) came later: they default to empty so older registers
 * and templates load unchanged.
 */
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
        List<String> evidenceIds,
        List<String> controlIds,
        List<String> agentIds,
        String evidenceKind) implements Entity {

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
        controlIds = Check.ids(controlIds, Ids.CONTROL, "task controlIds");
        agentIds = Check.ids(agentIds, Ids.AGENT, "task agentIds");
        evidenceKind = evidenceKind == null || evidenceKind.isBlank() ? null : evidenceKind.strip();
    }

    /** The original shape, without linked controls, agents or expected evidence. */
    public RoadmapTask(String id, Phase phase, String title, String description, String ownerId, LocalDate start,
                       LocalDate due, TaskStatus status, String blockedReason, List<String> dependencyIds,
                       List<String> evidenceIds) {
        this(id, phase, title, description, ownerId, start, due, status, blockedReason, dependencyIds, evidenceIds,
                null, null, null);
    }

    /** Late: not done and today is past the due date. */
    public boolean isLate(LocalDate today) {
        return status != TaskStatus.DONE && today.isAfter(due);
    }

    public RoadmapTask withStatus(TaskStatus next, String reason) {
        return new RoadmapTask(id, phase, title, description, ownerId, start, due, next,
                next == TaskStatus.BLOCKED ? reason : null, dependencyIds, evidenceIds, controlIds, agentIds, evidenceKind);
    }

    public RoadmapTask withDates(LocalDate newStart, LocalDate newDue) {
        return new RoadmapTask(id, phase, title, description, ownerId, newStart, newDue, status, blockedReason,
                dependencyIds, evidenceIds, controlIds, agentIds, evidenceKind);
    }

    public RoadmapTask withOwner(String newOwnerId) {
        return new RoadmapTask(id, phase, title, description, newOwnerId, start, due, status, blockedReason,
                dependencyIds, evidenceIds, controlIds, agentIds, evidenceKind);
    }

    public RoadmapTask withDependencies(List<String> newDependencyIds) {
        return new RoadmapTask(id, phase, title, description, ownerId, start, due, status, blockedReason,
                newDependencyIds, evidenceIds, controlIds, agentIds, evidenceKind);
    }

    public RoadmapTask withLinks(List<String> newControlIds, List<String> newAgentIds, List<String> newEvidenceIds) {
        return new RoadmapTask(id, phase, title, description, ownerId, start, due, status, blockedReason,
                dependencyIds, newEvidenceIds, newControlIds, newAgentIds, evidenceKind);
    }

    public RoadmapTask withText(Phase newPhase, String newTitle, String newDescription, String newEvidenceKind) {
        return new RoadmapTask(id, newPhase, newTitle, newDescription, ownerId, start, due, status, blockedReason,
                dependencyIds, evidenceIds, controlIds, agentIds, newEvidenceKind);
    }
}
