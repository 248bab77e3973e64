package dev.steward.domain.roadmap;

import dev.steward.domain.RoadmapTask;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Who depends on whom among the roadmap's tasks: cycles, dependants, a topological order. */
public final class DependencyGraph {
    private final Map<String, List<String>> dependencies; // id -> the ids it depends on
    private final Map<String, List<String>> dependants = new HashMap<>();

    private DependencyGraph(Map<String, List<String>> dependencies) {
        this.dependencies = dependencies;
        dependencies.forEach((id, deps) -> deps.forEach(d -> dependants.computeIfAbsent(d, k -> new ArrayList<>()).add(id)));
    }

    public static DependencyGraph of(Collection<RoadmapTask> tasks) {
        Map<String, List<String>> deps = new LinkedHashMap<>();
        tasks.forEach(t -> deps.put(t.id(), t.dependencyIds()));
        return new DependencyGraph(deps);
    }

    public static DependencyGraph ofIds(Map<String, List<String>> dependencies) {
        return new DependencyGraph(new LinkedHashMap<>(dependencies));
    }

    /** This graph with {@code id}'s dependencies replaced, refused when that would make a cycle. */
    public DependencyGraph withDependencies(String id, List<String> newDependencies) {
        Map<String, List<String>> copy = new LinkedHashMap<>(dependencies);
        copy.put(id, List.copyOf(newDependencies));
        DependencyGraph next = new DependencyGraph(copy);
        next.findCycle().ifPresent(c -> {
            throw new DependencyCycleException(startingAt(c, id));
        });
        return next;
    }

    /** The same circle told from {@code id} (the task the user is editing), when it passes through it. */
    private static List<String> startingAt(List<String> cycle, String id) {
        List<String> ring = cycle.subList(0, cycle.size() - 1);
        int at = ring.indexOf(id);
        if (at < 0) return cycle;
        List<String> out = new ArrayList<>(ring.subList(at, ring.size()));
        out.addAll(ring.subList(0, at));
        out.add(id);
        return out;
    }

    public void requireAcyclic() {
        findCycle().ifPresent(c -> {
            throw new DependencyCycleException(c);
        });
    }

    /** A cycle as a path whose first and last ids are the same, if there is one. */
    public Optional<List<String>> findCycle() {
        Map<String, Integer> state = new HashMap<>(); // 1 on the current path, 2 finished
        for (String start : dependencies.keySet()) {
            Deque<String> path = new ArrayDeque<>();
            Optional<List<String>> found = visit(start, state, path);
            if (found.isPresent()) return found;
        }
        return Optional.empty();
    }

    private Optional<List<String>> visit(String id, Map<String, Integer> state, Deque<String> path) {
        Integer s = state.get(id);
        if (s != null && s == 2) return Optional.empty();
        if (s != null && s == 1) {
            List<String> onPath = new ArrayList<>(path);
            List<String> cycle = new ArrayList<>(onPath.subList(onPath.indexOf(id), onPath.size()));
            cycle.add(id);
            return Optional.of(cycle);
        }
        state.put(id, 1);
        path.addLast(id);
        for (String dep : dependencies.getOrDefault(id, List.of())) {
            Optional<List<String>> found = visit(dep, state, path);
            if (found.isPresent()) return found;
        }
        path.removeLast();
        state.put(id, 2);
        return Optional.empty();
    }

    public List<String> dependenciesOf(String id) {
        return dependencies.getOrDefault(id, List.of());
    }

    public List<String> directDependantsOf(String id) {
        return dependants.getOrDefault(id, List.of());
    }

    /** Everything that depends on {@code id}, directly or through others. */
    public Set<String> dependantsOf(String id) {
        Set<String> out = new LinkedHashSet<>();
        Deque<String> todo = new ArrayDeque<>(directDependantsOf(id));
        while (!todo.isEmpty()) {
            String next = todo.pop();
            if (out.add(next)) todo.addAll(directDependantsOf(next));
        }
        return out;
    }

    /** Every id after all of its dependencies (unknown dependency ids are ignored); refuses a cycle. */
    public List<String> topologicalOrder() {
        requireAcyclic();
        List<String> order = new ArrayList<>();
        Set<String> done = new LinkedHashSet<>();
        for (String id : dependencies.keySet()) place(id, done, order);
        return order;
    }

    private void place(String id, Set<String> done, List<String> order) {
        if (!dependencies.containsKey(id) || !done.add(id)) return;
        dependenciesOf(id).forEach(d -> place(d, done, order));
        order.add(id);
    }
}
