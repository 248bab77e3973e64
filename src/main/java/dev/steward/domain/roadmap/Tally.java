package dev.steward.domain.roadmap;

import dev.steward.domain.RoadmapTask;

import java.time.LocalDate;
import java.util.Collection;

/** How a set of tasks stands on a day: how many are done, in progress, blocked, not started, and late. */
public record Tally(int total, int done, int inProgress, int blocked, int notStarted, int late) {

    public static Tally of(Collection<RoadmapTask> tasks, LocalDate today) {
        int done = 0, inProgress = 0, blocked = 0, notStarted = 0, late = 0;
        for (RoadmapTask t : tasks) {
            switch (t.status()) {
                case DONE -> done++;
                case IN_PROGRESS -> inProgress++;
                case BLOCKED -> blocked++;
                case NOT_STARTED -> notStarted++;
            }
            if (t.isLate(today)) late++;
        }
        return new Tally(tasks.size(), done, inProgress, blocked, notStarted, late);
    }

    /** Done as a whole percentage of the total (0 when there are no tasks). */
    public int percentDone() {
        return total == 0 ? 0 : (int) Math.round(100.0 * done / total);
    }

    /** "7/12 done · 1 late" (the late part only when there are late tasks). */
    public String describe() {
        return done + "/" + total + " done" + (late > 0 ? " · " + late + " late" : "")
                + (blocked > 0 ? " · " + blocked + " blocked" : "");
    }
}
