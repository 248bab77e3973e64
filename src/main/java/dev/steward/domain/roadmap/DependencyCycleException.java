package dev.steward.domain.roadmap;

import java.util.List;

/** Refuses a dependency that would go round in a circle, naming the circle. */
public final class DependencyCycleException extends IllegalArgumentException {
    private final List<String> cycle;

    public DependencyCycleException(List<String> cycle) {
        super("Dependencies cannot go round in a circle: " + String.join(" → ", cycle)
                + ". Remove one of these dependencies.");
        this.cycle = List.copyOf(cycle);
    }

    /** The circle, first id repeated at the end: [T-0001, T-0003, T-0001]. */
    public List<String> cycle() {
        return cycle;
    }
}
