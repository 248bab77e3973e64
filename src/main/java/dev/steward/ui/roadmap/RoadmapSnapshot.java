package dev.steward.ui.roadmap;

import dev.steward.app.EntityKinds;
import dev.steward.app.RegisterPort;
import dev.steward.app.RoadmapProgress;
import dev.steward.domain.Agent;
import dev.steward.domain.Control;
import dev.steward.domain.Person;
import dev.steward.domain.RecurringActivity;
import dev.steward.domain.RoadmapTask;
import dev.steward.domain.roadmap.CriticalPath;
import dev.steward.domain.roadmap.DependencyCycleException;
import dev.steward.domain.roadmap.Occurrence;
import dev.steward.domain.roadmap.Recurrence;
import dev.steward.domain.roadmap.WorkingCalendar;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/** Everything the roadmap section shows, read and computed on the worker in one go. */
record RoadmapSnapshot(List<RoadmapTask> tasks, List<RecurringActivity> activities, List<Person> people,
                       List<Control> controls, List<Agent> agents, Set<String> critical, RoadmapProgress progress,
                       LocalDate chartStart, LocalDate chartEnd, List<Occurrence> occurrences) {

    /** Weeks of the continuous cycle shown after the programme (or after today, when that is later). */
    static final int AFTER_WEEKS = 26;

    static RoadmapSnapshot read(RegisterPort r, LocalDate today, WorkingCalendar calendar) {
        List<RoadmapTask> tasks = r.all(EntityKinds.TASK).stream()
                .sorted(Comparator.comparing(RoadmapTask::phase).thenComparing(RoadmapTask::start).thenComparing(RoadmapTask::id))
                .toList();
        List<RecurringActivity> activities = r.all(EntityKinds.ACTIVITY);
        RoadmapProgress progress = RoadmapProgress.of(tasks, today);
        Set<String> critical;
        try {
            critical = new CriticalPath(calendar).criticalIds(tasks);
        } catch (DependencyCycleException e) {
            critical = Set.of(); // a register edited outside Steward; the editor will refuse new cycles
        }
        LocalDate start = progress.hasProgramme() ? progress.planStart() : today;
        LocalDate lastDue = tasks.stream().map(RoadmapTask::due).max(LocalDate::compareTo).orElse(today);
        LocalDate end = latest(progress.hasProgramme() ? progress.planEnd() : today, lastDue, today).plusWeeks(AFTER_WEEKS);
        List<Occurrence> occurrences = new Recurrence(calendar).between(activities, start, end);
        return new RoadmapSnapshot(tasks, activities, r.all(EntityKinds.PERSON), r.all(EntityKinds.CONTROL),
                r.all(EntityKinds.AGENT), critical, progress, start, end, occurrences);
    }

    private static LocalDate latest(LocalDate a, LocalDate b, LocalDate c) {
        LocalDate m = a.isAfter(b) ? a : b;
        return m.isAfter(c) ? m : c;
    }
}
