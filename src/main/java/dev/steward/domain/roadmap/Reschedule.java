package dev.steward.domain.roadmap;

import dev.steward.domain.RoadmapTask;

import java.util.List;

/**
 * What moving or resizing a task does: the changed tasks (the one the user moved first, then the
 * dependants that moved with it, each as it is after the move) and notes worth telling the user.
 */
public record Reschedule(RoadmapTask before, List<RoadmapTask> changed, List<String> movedDependantIds, List<String> notes) {
    public Reschedule {
        changed = List.copyOf(changed);
        movedDependantIds = List.copyOf(movedDependantIds);
        notes = List.copyOf(notes);
    }

    public RoadmapTask moved() {
        return changed.get(0);
    }

    public boolean changesAnything() {
        return !moved().equals(before) || !movedDependantIds.isEmpty();
    }

    /** One sentence for the status line: what moved, and which dependants moved with it. */
    public String summary() {
        RoadmapTask t = moved();
        StringBuilder s = new StringBuilder(t.id() + " " + t.title() + " now runs " + t.start() + " to " + t.due());
        if (!movedDependantIds.isEmpty()) {
            s.append("; ").append(movedDependantIds.size() == 1 ? "its dependant " : movedDependantIds.size() + " dependants ")
                    .append(String.join(", ", movedDependantIds)).append(" moved with it");
        }
        notes.forEach(n -> s.append(". ").append(n));
        return s.toString();
    }
}
