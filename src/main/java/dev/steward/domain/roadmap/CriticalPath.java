package dev.steward.domain.roadmap;

import dev.steward.domain.RoadmapTask;
import dev.steward.domain.TaskStatus;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The tasks that cannot slip without the programme's end slipping: a backward pass over the
 * dependencies from the last due date, in working days. Each link keeps the overlap the plan gives
 * it (a dependant starting before its predecessor is due is allowed to keep doing so). Done tasks
 * are history and never critical.
 */
public final class CriticalPath {
    private final WorkingCalendar calendar;

    public CriticalPath(WorkingCalendar calendar) {
        this.calendar = calendar;
    }

    /** Working days each task can slip before the end of the programme moves (negative: already squeezed). */
    public Map<String, Integer> slack(Collection<RoadmapTask> tasks) {
        Map<String, Integer> out = new HashMap<>();
        if (tasks.isEmpty()) return out;
        Map<String, RoadmapTask> byId = new HashMap<>();
        tasks.forEach(t -> byId.put(t.id(), t));
        LocalDate end = tasks.stream().map(RoadmapTask::due).max(LocalDate::compareTo).orElseThrow();
        DependencyGraph graph = DependencyGraph.of(tasks);
        List<String> order = graph.topologicalOrder();
        Map<String, LocalDate> latestStart = new HashMap<>();
        for (int i = order.size() - 1; i >= 0; i--) {
            RoadmapTask t = byId.get(order.get(i));
            LocalDate latestFinish = end;
            for (String d : graph.directDependantsOf(t.id())) {
                RoadmapTask dep = byId.get(d);
                int lag = Math.min(1, calendar.between(t.due(), dep.start()));
                LocalDate bound = calendar.plus(latestStart.get(d), -lag);
                if (bound.isBefore(latestFinish)) latestFinish = bound;
            }
            latestStart.put(t.id(), calendar.plus(latestFinish, -(calendar.duration(t.start(), t.due()) - 1)));
            out.put(t.id(), calendar.between(t.due(), latestFinish));
        }
        return out;
    }

    /** The ids of the tasks not done with no slack, in plan order. */
    public Set<String> criticalIds(Collection<RoadmapTask> tasks) {
        Map<String, Integer> slack = slack(tasks);
        Set<String> out = new LinkedHashSet<>();
        tasks.stream().filter(t -> t.status() != TaskStatus.DONE && slack.get(t.id()) <= 0).forEach(t -> out.add(t.id()));
        return out;
    }
}
