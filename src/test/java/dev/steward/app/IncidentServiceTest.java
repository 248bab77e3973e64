package dev.steward.app;

import dev.steward.domain.ChangeEntry;
import dev.steward.domain.Incident;
import dev.steward.domain.IncidentStatus;
import dev.steward.domain.Severity;
import dev.steward.domain.TimelineEntry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Recording an incident, moving it through its statuses and keeping its timeline, each as one undoable edit. */
class IncidentServiceTest {
    @TempDir
    Path dir;
    OpenedRegister opened;
    final IncidentService service = new IncidentService(DemoRegisters.CLOCK);

    @BeforeEach
    void open() {
        opened = DemoRegisters.demo(dir);
    }

    @AfterEach
    void close() {
        opened.register().close();
    }

    @Test
    void recordsANewIncidentWithTheNextIdAndLogsIt() {
        assertThat(service.nextId(opened)).isEqualTo("IN-0003");
        Incident i = incident("IN-0003", IncidentStatus.OPEN, null);
        service.save(opened, null, i);
        assertThat(opened.register().find(EntityKinds.INCIDENT, "IN-0003")).contains(i);
        var log = opened.register().changeLog();
        ChangeEntry last = log.page(log.size() - 1, 1).get(0);
        assertThat(last.entityId()).isEqualTo("IN-0003");
        assertThat(last.action()).isEqualTo(dev.steward.domain.ChangeAction.CREATE);
        assertThat(log.verify().intact()).isTrue();
        assertThat(service.nextId(opened)).isEqualTo("IN-0004");
    }

    @Test
    void aStatusChangeIsWrittenIntoTheIncidentsOwnTimelineAndUndoTakesItBack() {
        Incident before = opened.register().find(EntityKinds.INCIDENT, "IN-0001").orElseThrow();
        Incident resolved = new Incident(before.id(), before.title(), before.agentIds(), before.detectedAt(), before.severity(),
                before.description(), before.timeline(), IncidentStatus.RESOLVED, "Model weighted continuous employment",
                before.linkedRiskIds(), before.linkedControlIds(), before.lessonsLearned(), before.seriousIncident());
        Incident saved = service.save(opened, before, resolved);
        assertThat(saved.timeline()).hasSize(before.timeline().size() + 1);
        TimelineEntry last = saved.timeline().get(saved.timeline().size() - 1);
        assertThat(last.text()).isEqualTo("Status changed from Contained to Resolved.");
        assertThat(last.at()).isEqualTo(DemoRegisters.CLOCK.instant());
        assertThat(opened.register().find(EntityKinds.INCIDENT, "IN-0001")).contains(saved);

        opened.history().undo();
        assertThat(opened.register().find(EntityKinds.INCIDENT, "IN-0001")).contains(before);
    }

    @Test
    void timelineEntriesKeepTimeOrderAndAStaleFormIsRefused() {
        Incident before = opened.register().find(EntityKinds.INCIDENT, "IN-0001").orElseThrow();
        Instant early = Instant.parse("2026-11-10T10:00:00Z");
        Incident after = service.addTimelineEntry(opened, "IN-0001", early, "  Vendor contacted.  ");
        assertThat(after.timeline().get(1)).isEqualTo(new TimelineEntry(early, "Vendor contacted."));
        assertThat(after.timeline()).isSortedAccordingTo(java.util.Comparator.comparing(TimelineEntry::at));
        // A form still holding the incident as it was before the entry must not overwrite the entry.
        Incident edited = new Incident(before.id(), "Retitled", before.agentIds(), before.detectedAt(), before.severity(),
                before.description(), before.timeline(), before.status(), before.rootCause(), before.linkedRiskIds(),
                before.linkedControlIds(), before.lessonsLearned(), before.seriousIncident());
        assertThatThrownBy(() -> service.save(opened, before, edited)).isInstanceOf(StaleEditException.class);
        assertThat(opened.register().find(EntityKinds.INCIDENT, "IN-0001")).contains(after);
    }

    @Test
    void anIncidentCannotBeClosedWithoutItsRootCause() {
        assertThatThrownBy(() -> incident("IN-0003", IncidentStatus.CLOSED, " "))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("rootCause is required to close it");
    }

    private static Incident incident(String id, IncidentStatus status, String rootCause) {
        return new Incident(id, "Support agent quoted a customer's address to another customer", List.of("AG-0001"),
                Instant.parse("2026-11-22T16:05:00Z"), Severity.HIGH, "Found in a transcript review.", List.of(), status,
                rootCause, List.of(), List.of(), null, false);
    }
}
