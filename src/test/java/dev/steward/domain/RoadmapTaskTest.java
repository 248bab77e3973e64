package dev.steward.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class RoadmapTaskTest {
    static final LocalDate START = LocalDate.of(2026, 9, 7);

    static RoadmapTask task(TaskStatus status, String reason, List<String> deps, LocalDate due) {
        return new RoadmapTask("T-0003", Phase.FOUNDATION, "Map obligations", null, null, START, due, status, reason, deps, null);
    }

    @Test
    void validatesDatesBlockedReasonAndDependencies() {
        assertThatThrownBy(() -> task(null, null, null, START.minusDays(1))).hasMessageContaining("task due must not be before start");
        assertThatThrownBy(() -> task(TaskStatus.BLOCKED, " ", null, START)).hasMessage("task blockedReason is required when status is BLOCKED");
        assertThatThrownBy(() -> task(null, null, List.of("T-0003"), START)).hasMessageContaining("must not contain the task itself");
        assertThatThrownBy(() -> task(null, null, List.of("T-1"), START)).hasMessage("task dependencyIds entry must look like T-0001: 'T-1'");
        assertThatThrownBy(() -> new RoadmapTask("T-0001", null, "t", null, null, START, START, null, null, null, null))
                .hasMessage("task phase is required");
        assertThatThrownBy(() -> new RoadmapTask("T-0001", Phase.FOUNDATION, "t", null, null, null, START, null, null, null, null))
                .hasMessage("task start is required");
    }

    @Test
    void linksDefaultToEmptyAndAreValidated() throws Exception {
        String older = "{\"id\":\"T-0001\",\"phase\":\"FOUNDATION\",\"title\":\"t\",\"start\":\"2026-09-07\","
                + "\"due\":\"2026-09-08\",\"status\":\"DONE\",\"dependencyIds\":[],\"evidenceIds\":[]}";
        RoadmapTask read = DomainJsonRoundTripTest.JSON.readValue(older, RoadmapTask.class);
        assertThat(read.controlIds()).isEmpty();
        assertThat(read.agentIds()).isEmpty();
        assertThat(read.evidenceKind()).isNull();
        assertThatThrownBy(() -> read.withLinks(List.of("X-1"), null, null)).hasMessage("task controlIds entry must look like C-0001: 'X-1'");
        assertThatThrownBy(() -> read.withLinks(null, List.of("AG-0001", "AG-0001"), null)).hasMessageContaining("duplicates");
        assertThat(read.withText(Phase.FOUNDATION, "t", null, "  ").evidenceKind()).isNull();
    }

    @Test
    void lateWhenPastDueAndNotDone() {
        RoadmapTask t = task(TaskStatus.IN_PROGRESS, null, null, LocalDate.of(2026, 10, 2));
        assertThat(t.status()).isEqualTo(TaskStatus.IN_PROGRESS);
        assertThat(t.isLate(LocalDate.of(2026, 10, 2))).isFalse();
        assertThat(t.isLate(LocalDate.of(2026, 10, 3))).isTrue();
        assertThat(t.withStatus(TaskStatus.DONE, null).isLate(LocalDate.of(2026, 10, 3))).isFalse();
        assertThat(task(null, null, null, START).status()).isEqualTo(TaskStatus.NOT_STARTED);
    }

    @Test
    void withStatusKeepsReasonOnlyWhenBlocked() {
        RoadmapTask blocked = task(TaskStatus.IN_PROGRESS, null, null, START).withStatus(TaskStatus.BLOCKED, "waiting");
        assertThat(blocked.blockedReason()).isEqualTo("waiting");
        assertThat(blocked.withStatus(TaskStatus.IN_PROGRESS, "x").blockedReason()).isNull();
    }

    @Test
    void phasesCoverTwelveWeeks() {
        assertThat(Phase.FOUNDATION.title()).isEqualTo("Weeks 1-4 Foundation");
        assertThat(Phase.ofWeek(5)).isEqualTo(Phase.FRAMEWORK_SELECTION);
        assertThat(Phase.ofWeek(12)).isEqualTo(Phase.DEPLOYMENT_AND_PILOTS);
        assertThatThrownBy(() -> Phase.ofWeek(13)).hasMessageContaining("roadmap week");
        assertThat(Phase.FOUNDATION.startDate(START)).isEqualTo(START);
        assertThat(Phase.FOUNDATION.endDate(START)).isEqualTo(LocalDate.of(2026, 10, 4));
        assertThat(Phase.FRAMEWORK_SELECTION.startDate(START)).isEqualTo(LocalDate.of(2026, 10, 5));
        assertThat(Phase.DEPLOYMENT_AND_PILOTS.endDate(START)).isEqualTo(LocalDate.of(2026, 11, 29));
    }
}
