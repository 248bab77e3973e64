package dev.steward.app;

import dev.steward.domain.Phase;
import dev.steward.domain.RoadmapTask;
import dev.steward.domain.TaskStatus;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class RoadmapProgressTest {
    static RoadmapTask task(String id, Phase phase, String due, TaskStatus status) {
        return new RoadmapTask(id, phase, "Task " + id, null, null, LocalDate.parse("2026-09-09"), LocalDate.parse(due),
                status, status == TaskStatus.BLOCKED ? "waiting" : null, null, null);
    }

    @Test
    void countsDoneTotalAndLatePerPhaseAndOverall() {
        List<RoadmapTask> tasks = List.of(
                task("T-0001", Phase.FOUNDATION, "2026-09-18", TaskStatus.DONE),
                task("T-0002", Phase.FOUNDATION, "2026-09-25", TaskStatus.IN_PROGRESS), // late on the 30th
                task("T-0003", Phase.FRAMEWORK_SELECTION, "2026-10-30", TaskStatus.BLOCKED),
                task("T-0004", Phase.FRAMEWORK_SELECTION, "2026-09-11", TaskStatus.DONE)); // done late: not late
        RoadmapProgress p = RoadmapProgress.of(tasks, LocalDate.parse("2026-09-30"));
        assertThat(p.phase(Phase.FOUNDATION).done()).isEqualTo(1);
        assertThat(p.phase(Phase.FOUNDATION).total()).isEqualTo(2);
        assertThat(p.phase(Phase.FOUNDATION).late()).isEqualTo(1);
        assertThat(p.phase(Phase.FRAMEWORK_SELECTION).describe()).isEqualTo("1/2 done · 1 blocked");
        assertThat(p.phase(Phase.DEPLOYMENT_AND_PILOTS).total()).isZero();
        assertThat(p.phase(Phase.DEPLOYMENT_AND_PILOTS).percentDone()).isZero();
        assertThat(p.overall().percentDone()).isEqualTo(50);
        assertThat(p.lateTaskIds()).containsExactly("T-0002");
        assertThat(p.headline()).isEqualTo("2/4 done (50%) · 1 late · 1 blocked");
        assertThat(p.planStart()).isEqualTo(LocalDate.parse("2026-09-07"));
        assertThat(p.planEnd()).isEqualTo(LocalDate.parse("2026-11-29"));
        assertThat(p.dayOfProgramme()).isEqualTo(24);
    }

    @Test
    void anEmptyRoadmapSaysSo() {
        RoadmapProgress p = RoadmapProgress.of(List.of(), LocalDate.parse("2026-09-30"));
        assertThat(p.hasProgramme()).isFalse();
        assertThat(p.headline()).isEqualTo("No 90-day programme yet");
        assertThat(p.overall().total()).isZero();
    }
}
