package dev.steward.domain.roadmap;

import dev.steward.domain.RoadmapTask;
import dev.steward.domain.TaskStatus;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static dev.steward.domain.roadmap.Tasks.task;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SchedulerTest {
    static final Scheduler SCHEDULER = new Scheduler(WorkingCalendar.mondayToFriday());
    // A (Mon 7 - Fri 11 Sep) -> B (Mon 14 - Fri 18) -> C (Mon 21 - Wed 23); D independent
    static final List<RoadmapTask> PLAN = List.of(
            task("T-0001", "2026-09-07", "2026-09-11"),
            task("T-0002", "2026-09-14", "2026-09-18", "T-0001"),
            task("T-0003", "2026-09-21", "2026-09-23", "T-0002"),
            task("T-0004", "2026-09-07", "2026-09-09"));

    static LocalDate d(String s) {
        return LocalDate.parse(s);
    }

    @Test
    void movingLaterCarriesEveryDependantByTheSameWorkingDaysKeepingDurations() {
        Reschedule r = SCHEDULER.move(PLAN, "T-0001", d("2026-09-10")); // +3 working days
        assertThat(r.moved().start()).isEqualTo(d("2026-09-10"));
        assertThat(r.moved().due()).isEqualTo(d("2026-09-16")); // 5 working days, over the weekend
        assertThat(r.movedDependantIds()).containsExactly("T-0002", "T-0003");
        assertThat(r.changed()).extracting(RoadmapTask::id).containsExactly("T-0001", "T-0002", "T-0003");
        RoadmapTask b = r.changed().get(1), c = r.changed().get(2);
        assertThat(b.start()).isEqualTo(d("2026-09-17"));
        assertThat(b.due()).isEqualTo(d("2026-09-23"));
        assertThat(c.start()).isEqualTo(d("2026-09-24"));
        assertThat(c.due()).isEqualTo(d("2026-09-28"));
        assertThat(r.summary()).startsWith("T-0001 Task T-0001 now runs 2026-09-10 to 2026-09-16; 2 dependants T-0002, T-0003 moved with it");
    }

    @Test
    void droppingOnAWeekendSnapsToMonday() {
        Reschedule r = SCHEDULER.move(PLAN, "T-0004", d("2026-09-12"));
        assertThat(r.moved().start()).isEqualTo(d("2026-09-14"));
        assertThat(r.moved().due()).isEqualTo(d("2026-09-16"));
        assertThat(r.movedDependantIds()).isEmpty();
        assertThat(r.summary()).isEqualTo("T-0004 Task T-0004 now runs 2026-09-14 to 2026-09-16");
    }

    @Test
    void movingEarlierPullsDependantsButNotBeforeAnUnmovedPredecessorIsDone() {
        List<RoadmapTask> plan = List.of(
                task("T-0001", "2026-09-14", "2026-09-18"),
                task("T-0002", "2026-09-07", "2026-09-18"), // a second predecessor that stays put
                task("T-0003", "2026-09-21", "2026-09-25", "T-0001", "T-0002"));
        Reschedule r = SCHEDULER.move(plan, "T-0001", d("2026-09-07"));
        assertThat(r.moved().due()).isEqualTo(d("2026-09-11"));
        // T-0003 would move 5 days earlier, but T-0002 is still due on the 18th
        assertThat(r.changed()).hasSize(1);
        assertThat(r.movedDependantIds()).isEmpty();
    }

    @Test
    void resizingMovesDependantsByTheChangeOfTheDueDate() {
        Reschedule r = SCHEDULER.resize(PLAN, "T-0002", d("2026-09-22")); // due +2 working days
        assertThat(r.moved().start()).isEqualTo(d("2026-09-14"));
        assertThat(r.moved().due()).isEqualTo(d("2026-09-22"));
        assertThat(r.changed().get(1).start()).isEqualTo(d("2026-09-23"));
        assertThat(r.changed().get(1).due()).isEqualTo(d("2026-09-25"));
        assertThat(SCHEDULER.resize(PLAN, "T-0002", d("2026-09-01")).moved().due()).as("never before the start")
                .isEqualTo(d("2026-09-14"));
    }

    @Test
    void doneDependantsKeepTheirDatesAndSaySo() {
        List<RoadmapTask> plan = List.of(task("T-0001", "2026-09-07", "2026-09-11"),
                task("T-0002", "2026-09-14", "2026-09-18", TaskStatus.DONE, "T-0001"));
        Reschedule r = SCHEDULER.move(plan, "T-0001", d("2026-09-08"));
        assertThat(r.changed()).hasSize(1);
        assertThat(r.notes()).containsExactly("T-0002 is done and keeps its dates");
    }

    @Test
    void overlapsThePlanAlreadyHasAreKeptNotWidened() {
        // B starts while A is still running (as in the demo); moving A later keeps B's overlap of 3 days.
        List<RoadmapTask> plan = List.of(task("T-0001", "2026-09-07", "2026-09-18"),
                task("T-0002", "2026-09-14", "2026-10-02", "T-0001"));
        Reschedule r = SCHEDULER.move(plan, "T-0001", d("2026-09-14"));
        assertThat(r.changed().get(1).start()).isEqualTo(d("2026-09-21"));
        assertThat(r.changed().get(1).due()).isEqualTo(d("2026-10-09"));
    }

    @Test
    void saysWhenTheMovedTaskNowStartsBeforeAPredecessorIsDue() {
        Reschedule r = SCHEDULER.move(PLAN, "T-0002", d("2026-09-09"));
        assertThat(r.notes()).containsExactly("T-0002 now starts before T-0001 is due (2026-09-11)");
        assertThat(r.summary()).endsWith(". T-0002 now starts before T-0001 is due (2026-09-11)");
    }

    @Test
    void movingToTheSameDatesChangesNothingAndUnknownTasksAreRefused() {
        assertThat(SCHEDULER.move(PLAN, "T-0001", d("2026-09-07")).changesAnything()).isFalse();
        assertThatThrownBy(() -> SCHEDULER.move(PLAN, "T-0099", d("2026-09-07"))).hasMessageContaining("T-0099");
    }
}
