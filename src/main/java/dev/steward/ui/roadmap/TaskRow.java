package dev.steward.ui.roadmap;

import dev.steward.domain.RoadmapTask;
import dev.steward.domain.TaskStatus;

/** A task as the Gantt and the list show it: with its owner's name and whether it is late or critical. */
public record TaskRow(RoadmapTask task, String ownerName, boolean late, boolean critical) {

    public String id() {
        return task.id();
    }

    /** The status as a word, with "late" added: colour never carries it alone. */
    public String statusText() {
        String s = switch (task.status()) {
            case NOT_STARTED -> "Not started";
            case IN_PROGRESS -> "In progress";
            case DONE -> "Done";
            case BLOCKED -> "Blocked";
        };
        return late ? s + " · LATE" : s;
    }

    public boolean done() {
        return task.status() == TaskStatus.DONE;
    }
}
