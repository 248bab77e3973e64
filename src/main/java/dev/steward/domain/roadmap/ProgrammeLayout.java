package dev.steward.domain.roadmap;

import dev.steward.domain.CommitteeRole;
import dev.steward.domain.Ids;
import dev.steward.domain.Phase;
import dev.steward.domain.RecurringActivity;
import dev.steward.domain.RoadmapTask;
import dev.steward.domain.TaskStatus;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Lays the template out in calendar time from a start date: each task starts on the first working
 * day of its phase, or after the last of its dependencies is due if that is later, and lasts its
 * default number of working days. Owners come from the committee seats.
 */
public final class ProgrammeLayout {
    private final WorkingCalendar calendar;

    public ProgrammeLayout(WorkingCalendar calendar) {
        this.calendar = calendar;
    }

    /** The tasks, numbered from {@code firstNumber} (T-0001 for a new programme) in template order. */
    public List<RoadmapTask> tasks(RoadmapTemplate template, LocalDate start, Map<CommitteeRole, String> owners,
                                   int firstNumber) {
        Map<String, String> idOf = new HashMap<>();
        int n = firstNumber;
        for (TaskTemplate t : template.tasks()) idOf.put(t.key(), Ids.format(Ids.TASK, n++));
        Map<String, List<String>> deps = new LinkedHashMap<>();
        Map<String, TaskTemplate> byKey = new HashMap<>();
        template.tasks().forEach(t -> {
            deps.put(t.key(), t.dependsOn());
            byKey.put(t.key(), t);
        });
        Map<String, RoadmapTask> laid = new HashMap<>();
        for (String key : DependencyGraph.ofIds(deps).topologicalOrder()) {
            TaskTemplate t = byKey.get(key);
            LocalDate begin = calendar.onOrAfter(t.phase().startDate(start));
            for (String d : t.dependsOn()) {
                LocalDate after = calendar.plus(laid.get(d).due(), 1);
                if (after.isAfter(begin)) begin = after;
            }
            List<String> depIds = t.dependsOn().stream().map(idOf::get).toList();
            laid.put(key, new RoadmapTask(idOf.get(key), t.phase(), t.title(), t.description(),
                    owners.get(t.ownerRole()), begin, calendar.finish(begin, t.durationDays()), TaskStatus.NOT_STARTED,
                    null, depIds, List.of(), List.of(), List.of(), t.evidenceKind()));
        }
        return template.tasks().stream().map(t -> laid.get(t.key())).toList();
    }

    /** The recurring activities, dated from the plan's start, numbered from {@code firstNumber}. */
    public List<RecurringActivity> activities(RoadmapTemplate template, LocalDate start, Map<CommitteeRole, String> owners,
                                              int firstNumber) {
        List<RecurringActivity> out = new ArrayList<>();
        int n = firstNumber;
        LocalDate monday = start.minusDays(start.getDayOfWeek().getValue() - 1L);
        for (ActivityTemplate a : template.recurring()) {
            LocalDate first = calendar.onOrAfter(monday.plusWeeks(a.startWeek() - 1L).plusDays(a.dayOfWeek() - 1L));
            out.add(new RecurringActivity(Ids.format(Ids.ACTIVITY, n++), a.title(), a.description(),
                    owners.get(a.ownerRole()), a.cadence(), first, null, a.everyAgent(), a.evidenceKind()));
        }
        return out;
    }

    /** The first day of the programme: the Monday of the week its earliest task starts in. */
    public static LocalDate planStart(List<RoadmapTask> tasks) {
        LocalDate first = tasks.stream().map(RoadmapTask::start).min(LocalDate::compareTo).orElseThrow(
                () -> new IllegalArgumentException("a programme without tasks has no start"));
        return first.minusDays(first.getDayOfWeek().getValue() - 1L);
    }

    /** The phase a date falls in, counted in weeks from the plan start (null outside the 12 weeks). */
    public static Phase phaseOn(LocalDate planStart, LocalDate day) {
        if (day.isBefore(planStart)) return null;
        long week = java.time.temporal.ChronoUnit.DAYS.between(planStart, day) / 7 + 1;
        return week >= 1 && week <= 12 ? Phase.ofWeek((int) week) : null;
    }
}
