package dev.steward.domain.roadmap;

import dev.steward.domain.Phase;
import dev.steward.domain.RoadmapTask;
import dev.steward.domain.TaskStatus;

import java.time.LocalDate;
import java.util.List;

/** Small task builders for the scheduling tests. */
final class Tasks {
    private Tasks() {
    }

    static RoadmapTask task(String id, String start, String due, String... deps) {
        return task(id, start, due, TaskStatus.NOT_STARTED, deps);
    }

    static RoadmapTask task(String id, String start, String due, TaskStatus status, String... deps) {
        return new RoadmapTask(id, Phase.FOUNDATION, "Task " + id, null, null, LocalDate.parse(start), LocalDate.parse(due),
                status, status == TaskStatus.BLOCKED ? "waiting" : null, List.of(deps), null);
    }
}
