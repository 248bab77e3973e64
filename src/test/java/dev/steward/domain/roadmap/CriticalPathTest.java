package dev.steward.domain.roadmap;

import dev.steward.domain.RoadmapTask;
import dev.steward.domain.TaskStatus;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.steward.domain.roadmap.Tasks.task;
import static org.assertj.core.api.Assertions.assertThat;

class CriticalPathTest {
    static final CriticalPath CP = new CriticalPath(WorkingCalendar.mondayToFriday());

    @Test
    void theLongestChainIsCriticalAndShortBranchesHaveSlack() {
        // A (wk1) -> B (wk2) -> D (wk3); A -> C (Mon-Tue wk2) -> D ; E alone (wk1)
        List<RoadmapTask> plan = List.of(
                task("T-0001", "2026-09-07", "2026-09-11"),
                task("T-0002", "2026-09-14", "2026-09-18", "T-0001"),
                task("T-0003", "2026-09-14", "2026-09-15", "T-0001"),
                task("T-0004", "2026-09-21", "2026-09-25", "T-0002", "T-0003"),
                task("T-0005", "2026-09-07", "2026-09-11"));
        var slack = CP.slack(plan);
        assertThat(slack).containsEntry("T-0001", 0).containsEntry("T-0002", 0).containsEntry("T-0004", 0)
                .containsEntry("T-0003", 3).containsEntry("T-0005", 10);
        assertThat(CP.criticalIds(plan)).containsExactly("T-0001", "T-0002", "T-0004");
    }

    @Test
    void doneTasksAreNeverCriticalAndOverlapsDoNotMakeEverythingCritical() {
        List<RoadmapTask> plan = List.of(
                task("T-0001", "2026-09-07", "2026-09-18", TaskStatus.DONE),
                task("T-0002", "2026-09-14", "2026-10-02", "T-0001"), // overlaps T-0001 by a week
                task("T-0003", "2026-09-14", "2026-09-18"));
        assertThat(CP.slack(plan)).containsEntry("T-0001", 0).containsEntry("T-0003", 10);
        assertThat(CP.criticalIds(plan)).containsExactly("T-0002");
        assertThat(CP.criticalIds(List.of())).isEmpty();
    }
}
