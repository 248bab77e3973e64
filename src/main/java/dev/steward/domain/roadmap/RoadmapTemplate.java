package dev.steward.domain.roadmap;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The 90-day roadmap template: its tasks and the recurring activities that follow it. */
public record RoadmapTemplate(String about, List<TaskTemplate> tasks, List<ActivityTemplate> recurring) {
    public RoadmapTemplate {
        tasks = tasks == null ? List.of() : List.copyOf(tasks);
        recurring = recurring == null ? List.of() : List.copyOf(recurring);
        Set<String> keys = new HashSet<>();
        for (TaskTemplate t : tasks) {
            if (!keys.add(t.key())) throw new IllegalArgumentException("template task key " + t.key() + " is used twice");
        }
        Map<String, List<String>> deps = new LinkedHashMap<>();
        for (TaskTemplate t : tasks) {
            for (String d : t.dependsOn()) {
                if (!keys.contains(d)) {
                    throw new IllegalArgumentException("template task " + t.key() + " depends on unknown '" + d + "'");
                }
            }
            deps.put(t.key(), t.dependsOn());
        }
        DependencyGraph.ofIds(deps).requireAcyclic();
    }
}
