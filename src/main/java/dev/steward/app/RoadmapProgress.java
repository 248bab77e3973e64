package dev.steward.app;

import dev.steward.domain.Phase;
import dev.steward.domain.RoadmapTask;
import dev.steward.domain.roadmap.ProgrammeLayout;
import dev.steward.domain.roadmap.Tally;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Where the 90-day programme stands on a day: per phase and overall, done / total and late count,
 * and the late tasks by id. The roadmap header, the dashboard and the export all read this.
 * {@code planStart} is null when the register has no roadmap tasks yet.
 */
public record RoadmapProgress(LocalDate asOf, LocalDate planStart, Map<Phase, Tally> phases, Tally overall,
                              List<String> lateTaskIds) {
    public RoadmapProgress {
        phases = Collections.unmodifiableMap(new EnumMap<>(phases));
        lateTaskIds = List.copyOf(lateTaskIds);
    }

    /** Reads the register's roadmap tasks and counts them as of the clock's today. */
    public static RoadmapProgress read(RegisterPort register, Clock clock) {
        return of(register.all(EntityKinds.TASK), LocalDate.now(clock));
    }

    public static RoadmapProgress of(List<RoadmapTask> tasks, LocalDate today) {
        Map<Phase, Tally> phases = new EnumMap<>(Phase.class);
        for (Phase p : Phase.values()) {
            phases.put(p, Tally.of(tasks.stream().filter(t -> t.phase() == p).toList(), today));
        }
        List<String> late = tasks.stream().filter(t -> t.isLate(today)).map(RoadmapTask::id).sorted().toList();
        return new RoadmapProgress(today, tasks.isEmpty() ? null : ProgrammeLayout.planStart(tasks), phases,
                Tally.of(tasks, today), late);
    }

    public boolean hasProgramme() {
        return planStart != null;
    }

    /** The last day of the 12 weeks (a Sunday when the plan starts on a Monday). */
    public LocalDate planEnd() {
        return planStart == null ? null : Phase.DEPLOYMENT_AND_PILOTS.endDate(planStart);
    }

    /** Day N of the programme (1 on its first day); past 84 the programme is in its continuous cycle. */
    public long dayOfProgramme() {
        return planStart == null ? 0 : ChronoUnit.DAYS.between(planStart, asOf) + 1;
    }

    public Tally phase(Phase p) {
        return phases.get(p);
    }

    /** "7/12 done (58%) · 1 late · 1 blocked", or a note that there is no programme yet. */
    public String headline() {
        if (!hasProgramme()) return "No 90-day programme yet";
        return overall.done() + "/" + overall.total() + " done (" + overall.percentDone() + "%)"
                + (overall.late() > 0 ? " · " + overall.late() + " late" : " · none late")
                + (overall.blocked() > 0 ? " · " + overall.blocked() + " blocked" : "");
    }
}
