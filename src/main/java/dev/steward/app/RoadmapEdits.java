package dev.steward.app;

import dev.steward.domain.Ids;
import dev.steward.domain.Phase;
import dev.steward.domain.RoadmapTask;
import dev.steward.domain.TaskStatus;
import dev.steward.domain.roadmap.DependencyGraph;
import dev.steward.domain.roadmap.Reschedule;
import dev.steward.domain.roadmap.Scheduler;
import dev.steward.domain.roadmap.WorkingCalendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The roadmap's task edits as undoable edits, worked out from the tasks as they are stored now.
 * Moving or re-dating a task moves its dependants in the same edit and says so; a dependency that
 * would make a cycle, or names an unknown task, is refused with a message the user can act on.
 */
public final class RoadmapEdits {
    private final WorkingCalendar calendar;
    private final Scheduler scheduler;

    public RoadmapEdits(WorkingCalendar calendar) {
        this.calendar = calendar;
        this.scheduler = new Scheduler(calendar);
    }

    public PlannedEdit move(List<RoadmapTask> tasks, String id, LocalDate newStart) {
        return rescheduled("Move", tasks, scheduler.move(tasks, id, newStart));
    }

    public PlannedEdit resize(List<RoadmapTask> tasks, String id, LocalDate newDue) {
        return rescheduled("Change the due date of", tasks, scheduler.resize(tasks, id, newDue));
    }

    /** Shifts the task by {@code workingDays} (negative: earlier), keeping its duration. */
    public PlannedEdit nudge(List<RoadmapTask> tasks, String id, int workingDays) {
        RoadmapTask t = find(tasks, id);
        return move(tasks, id, calendar.plus(t.start(), workingDays));
    }

    /** Saves the user's edited task: checks dependencies, and carries dependants along if its dates moved. */
    public PlannedEdit update(List<RoadmapTask> tasks, RoadmapTask edited) {
        RoadmapTask before = find(tasks, edited.id());
        requireKnown(tasks, edited);
        DependencyGraph.of(tasks).withDependencies(edited.id(), edited.dependencyIds());
        List<RoadmapTask> others = new ArrayList<>(tasks);
        others.replaceAll(t -> t.id().equals(edited.id()) ? edited.withDates(before.start(), before.due()) : t);
        Reschedule r = scheduler.reschedule(others, edited.id(), edited.start(), edited.due());
        List<EntityChange<?>> changes = new ArrayList<>();
        changes.add(EntityChange.update(EntityKinds.TASK, before, r.moved()));
        for (RoadmapTask moved : r.changed().subList(1, r.changed().size())) {
            changes.add(EntityChange.update(EntityKinds.TASK, find(tasks, moved.id()), moved));
        }
        if (before.equals(r.moved()) && changes.size() == 1) {
            throw new IllegalArgumentException("Nothing to save: " + edited.id() + " is unchanged");
        }
        String message = "Saved " + edited.id() + " " + edited.title()
                + (r.movedDependantIds().isEmpty() ? "" : "; " + dependants(r) + " moved with it");
        return new PlannedEdit(new Edit("Edit " + edited.id() + " " + edited.title(), changes), message);
    }

    public PlannedEdit setStatus(List<RoadmapTask> tasks, String id, TaskStatus status, String reason) {
        RoadmapTask before = find(tasks, id);
        if (status == TaskStatus.BLOCKED && (reason == null || reason.isBlank())) {
            throw new IllegalArgumentException("Say why " + id + " is blocked");
        }
        RoadmapTask after = before.withStatus(status, reason);
        String label = status.name().toLowerCase().replace('_', ' ');
        return new PlannedEdit(Edit.of("Mark " + id + " " + label, EntityChange.update(EntityKinds.TASK, before, after)),
                id + " " + before.title() + " is now " + label);
    }

    /** A new task in {@code phase}, starting on the first working day on or after {@code start}. */
    public PlannedEdit add(List<RoadmapTask> tasks, Phase phase, String title, LocalDate start, int workingDays, String ownerId) {
        if (title == null || title.isBlank()) throw new IllegalArgumentException("Give the new task a title");
        String id = Ids.next(Ids.TASK, tasks.stream().map(RoadmapTask::id).toList());
        LocalDate first = calendar.onOrAfter(start);
        RoadmapTask task = new RoadmapTask(id, phase, title.strip(), null, ownerId, first,
                calendar.finish(first, Math.max(1, workingDays)), TaskStatus.NOT_STARTED, null, null, null);
        return new PlannedEdit(Edit.of("Add " + id + " " + task.title(), EntityChange.create(EntityKinds.TASK, task)),
                "Added " + id + " " + task.title() + " (" + task.start() + " to " + task.due() + ")");
    }

    /** Deletes the task; the tasks that depended on it stop depending on it, in the same edit. */
    public PlannedEdit remove(List<RoadmapTask> tasks, String id) {
        RoadmapTask gone = find(tasks, id);
        List<EntityChange<?>> changes = new ArrayList<>();
        List<String> freed = new ArrayList<>();
        for (RoadmapTask t : tasks) {
            if (t.dependencyIds().contains(id)) {
                changes.add(EntityChange.update(EntityKinds.TASK, t,
                        t.withDependencies(t.dependencyIds().stream().filter(d -> !d.equals(id)).toList())));
                freed.add(t.id());
            }
        }
        changes.add(EntityChange.delete(EntityKinds.TASK, gone));
        String message = "Removed " + id + " " + gone.title()
                + (freed.isEmpty() ? "" : "; " + String.join(", ", freed) + " no longer depend" + (freed.size() == 1 ? "s" : "") + " on it");
        return new PlannedEdit(new Edit("Remove " + id + " " + gone.title(), changes), message);
    }

    private PlannedEdit rescheduled(String verb, List<RoadmapTask> tasks, Reschedule r) {
        if (!r.changesAnything()) throw new IllegalArgumentException(r.before().id() + " already runs " + r.before().start()
                + " to " + r.before().due());
        List<EntityChange<?>> changes = new ArrayList<>();
        for (RoadmapTask after : r.changed()) {
            changes.add(EntityChange.update(EntityKinds.TASK, find(tasks, after.id()), after));
        }
        String description = verb + " " + r.before().id() + " " + r.before().title()
                + (r.movedDependantIds().isEmpty() ? "" : " and " + dependants(r));
        return new PlannedEdit(new Edit(description, changes), r.summary());
    }

    private static String dependants(Reschedule r) {
        int n = r.movedDependantIds().size();
        return n == 1 ? "its dependant " + r.movedDependantIds().get(0) : n + " dependants";
    }

    private static void requireKnown(List<RoadmapTask> tasks, RoadmapTask edited) {
        Set<String> ids = tasks.stream().map(RoadmapTask::id).collect(Collectors.toSet());
        for (String d : edited.dependencyIds()) {
            if (!ids.contains(d)) throw new IllegalArgumentException(edited.id() + " cannot depend on " + d + ": there is no such task");
        }
    }

    private static RoadmapTask find(List<RoadmapTask> tasks, String id) {
        return tasks.stream().filter(t -> t.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("There is no roadmap task " + id + " (it may have been removed)"));
    }
}
