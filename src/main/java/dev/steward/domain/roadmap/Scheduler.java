package dev.steward.domain.roadmap;

import dev.steward.domain.RoadmapTask;
import dev.steward.domain.TaskStatus;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Moves and resizes tasks in working days, carrying their dependants along.
 *
 * <p>The rule: when a task's finish moves by N working days, every task that depends on it
 * (directly or not) moves by N working days too, keeping its own duration; so the plan keeps its
 * shape. A dependant never ends up overlapping a predecessor more than it did before the move (a
 * dependant that started after its predecessor's due date still does). Done tasks keep their dates:
 * they are history.
 */
public final class Scheduler {
    private final WorkingCalendar calendar;

    public Scheduler(WorkingCalendar calendar) {
        this.calendar = calendar;
    }

    /** Moves the task to start on {@code newStart} (rolled to a working day), keeping its duration. */
    public Reschedule move(Collection<RoadmapTask> tasks, String id, LocalDate newStart) {
        RoadmapTask task = find(tasks, id);
        LocalDate start = calendar.onOrAfter(newStart);
        LocalDate due = calendar.finish(start, calendar.duration(task.start(), task.due()));
        return reschedule(tasks, id, start, due);
    }

    /** Gives the task a new due date (its end), keeping its start. */
    public Reschedule resize(Collection<RoadmapTask> tasks, String id, LocalDate newDue) {
        RoadmapTask task = find(tasks, id);
        LocalDate due = calendar.onOrBefore(newDue);
        return reschedule(tasks, id, task.start(), due.isBefore(task.start()) ? task.start() : due);
    }

    /** Sets the task's dates and moves its dependants by as many working days as its finish moved. */
    public Reschedule reschedule(Collection<RoadmapTask> tasks, String id, LocalDate start, LocalDate due) {
        RoadmapTask task = find(tasks, id);
        DependencyGraph graph = DependencyGraph.of(tasks);
        Map<String, RoadmapTask> byId = new LinkedHashMap<>();
        tasks.forEach(t -> byId.put(t.id(), t));
        Map<String, RoadmapTask> now = new LinkedHashMap<>(byId);
        RoadmapTask moved = task.withDates(start, due);
        now.put(id, moved);
        int shift = calendar.between(task.due(), moved.due());
        Set<String> dependants = graph.dependantsOf(id);
        List<String> movedDependants = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        List<RoadmapTask> changed = new ArrayList<>(List.of(moved));
        for (String d : graph.topologicalOrder()) {
            if (!dependants.contains(d)) continue;
            RoadmapTask dep = byId.get(d);
            if (dep.status() == TaskStatus.DONE) {
                notes.add(d + " is done and keeps its dates");
                continue;
            }
            RoadmapTask next = shifted(dep, shift, byId, now);
            if (!next.equals(dep)) {
                now.put(d, next);
                changed.add(next);
                movedDependants.add(d);
            }
        }
        for (String p : moved.dependencyIds()) {
            RoadmapTask pred = now.get(p);
            if (pred != null && !moved.start().isAfter(pred.due()) && byId.get(id).start().isAfter(byId.get(p).due())) {
                notes.add(id + " now starts before " + p + " is due (" + pred.due() + ")");
            }
        }
        return new Reschedule(task, changed, movedDependants, notes);
    }

    private RoadmapTask shifted(RoadmapTask dep, int shift, Map<String, RoadmapTask> before, Map<String, RoadmapTask> now) {
        LocalDate start = calendar.plus(dep.start(), shift);
        for (String p : dep.dependencyIds()) {
            RoadmapTask was = before.get(p);
            RoadmapTask is = now.get(p);
            if (was == null) continue;
            // Keep the original overlap at most; a finish-to-start link stays finish-to-start.
            int lag = Math.min(1, calendar.between(was.due(), dep.start()));
            LocalDate earliest = calendar.plus(is.due(), lag);
            if (start.isBefore(earliest)) start = earliest;
        }
        return dep.withDates(start, calendar.finish(start, calendar.duration(dep.start(), dep.due())));
    }

    private static RoadmapTask find(Collection<RoadmapTask> tasks, String id) {
        return tasks.stream().filter(t -> t.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no roadmap task " + id));
    }
}
