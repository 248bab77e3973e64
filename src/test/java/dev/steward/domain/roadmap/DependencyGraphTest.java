package dev.steward.domain.roadmap;

import dev.steward.domain.RoadmapTask;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static dev.steward.domain.roadmap.Tasks.task;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DependencyGraphTest {
    // T1 <- T2 <- T4, T1 <- T3 <- T4, T5 alone
    static final List<RoadmapTask> TASKS = List.of(
            task("T-0004", "2026-09-21", "2026-09-25", "T-0002", "T-0003"),
            task("T-0001", "2026-09-07", "2026-09-11"),
            task("T-0002", "2026-09-14", "2026-09-18", "T-0001"),
            task("T-0003", "2026-09-14", "2026-09-18", "T-0001"),
            task("T-0005", "2026-09-07", "2026-09-08"));

    @Test
    void findsDependantsTransitively() {
        DependencyGraph g = DependencyGraph.of(TASKS);
        assertThat(g.dependantsOf("T-0001")).containsExactlyInAnyOrder("T-0002", "T-0003", "T-0004");
        assertThat(g.dependantsOf("T-0003")).containsExactly("T-0004");
        assertThat(g.dependantsOf("T-0005")).isEmpty();
        assertThat(g.directDependantsOf("T-0001")).containsExactlyInAnyOrder("T-0002", "T-0003");
    }

    @Test
    void ordersEveryTaskAfterItsDependencies() {
        List<String> order = DependencyGraph.of(TASKS).topologicalOrder();
        assertThat(order).hasSize(5);
        assertThat(order.indexOf("T-0001")).isLessThan(order.indexOf("T-0002"));
        assertThat(order.indexOf("T-0002")).isLessThan(order.indexOf("T-0004"));
        assertThat(order.indexOf("T-0003")).isLessThan(order.indexOf("T-0004"));
    }

    @Test
    void refusesACycleNamingIt() {
        DependencyGraph g = DependencyGraph.of(TASKS);
        assertThat(g.findCycle()).isEmpty();
        assertThatThrownBy(() -> g.withDependencies("T-0001", List.of("T-0004")))
                .isInstanceOf(DependencyCycleException.class)
                .hasMessageStartingWith("Dependencies cannot go round in a circle: ")
                .hasMessageContaining("T-0001 → T-0004 → T-0002 → T-0001")
                .hasMessageEndingWith("Remove one of these dependencies.");
        // the original graph is untouched and a harmless change is accepted
        assertThat(g.withDependencies("T-0005", List.of("T-0004")).dependantsOf("T-0001")).contains("T-0005");
    }

    @Test
    void findsCyclesInRawKeysAndSelfLoops() {
        var cycle = DependencyGraph.ofIds(Map.of("a", List.of("b"), "b", List.of("c"), "c", List.of("a"))).findCycle();
        assertThat(cycle).get().satisfies(c -> {
            assertThat(c).hasSize(4);
            assertThat(c.get(0)).isEqualTo(c.get(3));
        });
        assertThat(DependencyGraph.ofIds(Map.of("a", List.of("a"))).findCycle()).contains(List.of("a", "a"));
        assertThatThrownBy(() -> DependencyGraph.ofIds(Map.of("a", List.of("a"))).topologicalOrder())
                .isInstanceOf(DependencyCycleException.class);
    }
}
