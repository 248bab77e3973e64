package dev.steward.app.pack;

import dev.steward.app.Actor;
import dev.steward.app.OpenedRegister;
import dev.steward.app.RegisterService;
import dev.steward.app.RiskService;
import dev.steward.app.RoadmapProgress;
import dev.steward.catalog.JsonTemplates;
import dev.steward.domain.Risk;
import dev.steward.store.SqliteRegisterFiles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

/** The summary on the demo register, and that it agrees with what the sections compute. */
class SummaryCalculatorTest {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T09:00:00Z"), ZoneOffset.UTC);
    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @TempDir
    Path dir;
    OpenedRegister opened;
    RegisterSummary summary;
    RegisterSnapshot snapshot;

    @BeforeEach
    void demo() {
        RegisterService registers = new RegisterService(new SqliteRegisterFiles(CLOCK, "test"), new JsonTemplates(),
                new Actor("t", null));
        registers.writeDemo(dir.resolve("d.steward"));
        opened = registers.open(dir.resolve("d.steward"));
        snapshot = RegisterSnapshot.read(opened.register());
        summary = SummaryCalculator.summarise(snapshot, TODAY);
    }

    @AfterEach
    void close() {
        opened.register().close();
    }

    @Test
    void countsTheDemoAgents() {
        assertThat(summary.agents()).isEqualTo(12);
        assertThat(summary.agentsByLifecycle().values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(12);
        assertThat(summary.shadowAgents()).isEqualTo(2);
        assertThat(summary.overdueReviews()).extracting(RegisterSummary.AgentLine::agentId).contains("AG-0003");
        assertThat(summary.accountabilityGaps()).extracting(RegisterSummary.AccountabilityGap::agentId).contains("AG-0010");
        assertThat(summary.accountabilityGaps()).filteredOn(g -> g.agentId().equals("AG-0010")).singleElement()
                .satisfies(g -> assertThat(g.missing()).contains("owner"));
    }

    @Test
    void risksOutOfToleranceAreThoseTheRiskSectionShows() {
        var board = new RiskService(CLOCK).load(opened.register());
        assertThat(summary.outOfTolerance()).extracting(RegisterSummary.RiskLine::riskId)
                .containsExactlyInAnyOrderElementsOf(board.outOfTolerance().stream().map(Risk::id).toList())
                .isNotEmpty();
        assertThat(summary.risksByBand().values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(summary.risks());
        assertThat(summary.risksByBand().keySet()).containsExactly("Critical", "High", "Medium", "Low");
    }

    @Test
    void roadmapProgressIsTheRoadmapSectionsFigure() {
        RoadmapProgress progress = RoadmapProgress.of(snapshot.tasks(), TODAY);
        assertThat(summary.roadmap().done()).isEqualTo(progress.overall().done());
        assertThat(summary.roadmap().total()).isEqualTo(12);
        assertThat(summary.roadmap().late()).isEqualTo(progress.overall().late());
        assertThat(summary.roadmap().phases()).hasSize(3);
    }

    @Test
    void openIncidentsExcludeClosedOnesAndCarryTheArticle73Deadline() {
        assertThat(summary.openIncidents()).allSatisfy(i -> assertThat(i.status()).isNotIn("CLOSED", "RESOLVED"));
        assertThat(summary.openIncidents()).filteredOn(RegisterSummary.IncidentLine::serious)
                .allSatisfy(i -> assertThat(i.reportingDeadline()).isNotBlank());
    }

    @Test
    void anArticle73DateIsOverdueOnlyOnceTodayIsPastIt() {
        RegisterSummary.IncidentLine line = summary.openIncidents().stream().filter(RegisterSummary.IncidentLine::serious)
                .findFirst().orElseThrow();
        LocalDate deadline = LocalDate.parse(line.reportingDeadline());
        assertThat(SummaryCalculator.summarise(snapshot, deadline).openIncidents()).filteredOn(RegisterSummary.IncidentLine::serious)
                .first().extracting(RegisterSummary.IncidentLine::reportOverdue).isEqualTo(false);
        assertThat(SummaryCalculator.summarise(snapshot, deadline.plusDays(1)).openIncidents()).filteredOn(RegisterSummary.IncidentLine::serious)
                .first().extracting(RegisterSummary.IncidentLine::reportOverdue).isEqualTo(true);
    }

    @Test
    void anArticle73DateIsReadInTheZoneAskedFor() {
        // Detected at 23:30 UTC, which is already the next day in Berlin: the screen (local) and the pack
        // (UTC) each give the date of their own zone, and each labels it as such.
        var late = new dev.steward.domain.Incident("IN-0009", "Late-evening export", java.util.List.of(),
                java.time.Instant.parse("2026-11-10T23:30:00Z"), dev.steward.domain.Severity.HIGH, null, java.util.List.of(),
                dev.steward.domain.IncidentStatus.OPEN, null, java.util.List.of(), java.util.List.of(), null, true);
        LocalDate today = LocalDate.of(2026, 11, 26);
        assertThat(SummaryCalculator.openIncidents(java.util.List.of(late), today, java.time.ZoneOffset.UTC).get(0))
                .extracting(RegisterSummary.IncidentLine::reportingDeadline, RegisterSummary.IncidentLine::reportOverdue)
                .containsExactly("2026-11-25", true);
        assertThat(SummaryCalculator.openIncidents(java.util.List.of(late), today, java.time.ZoneId.of("Europe/Berlin")).get(0))
                .extracting(RegisterSummary.IncidentLine::reportingDeadline, RegisterSummary.IncidentLine::reportOverdue)
                .containsExactly("2026-11-26", false);
    }
}
