package dev.steward.ui.incidents;

import dev.steward.app.DemoRegisters;
import dev.steward.app.EntityKinds;
import dev.steward.app.IncidentService;
import dev.steward.app.OpenedRegister;
import dev.steward.app.SameThreadTaskRunner;
import dev.steward.domain.Incident;
import dev.steward.domain.IncidentStatus;
import dev.steward.domain.Severity;
import dev.steward.ui.RecordingDialogs;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** The incident register's list, form checks, saving and timeline, on the demo register (today 2026-11-23). */
class IncidentsViewModelTest {
    @TempDir
    Path dir;
    OpenedRegister opened;
    final RecordingDialogs dialogs = new RecordingDialogs();
    IncidentsViewModel vm;

    @BeforeEach
    void setUp() {
        opened = DemoRegisters.demo(dir);
        vm = new IncidentsViewModel(new SameThreadTaskRunner(), dialogs, new IncidentService(DemoRegisters.CLOCK));
        vm.reload(opened);
    }

    @AfterEach
    void tearDown() {
        opened.register().close();
    }

    @Test
    void listsIncidentsNewestFirstWithTheArt73DateAndDaysLeft() {
        assertThat(vm.rows()).extracting(r -> r.incident().id()).containsExactly("IN-0001", "IN-0002");
        IncidentsViewModel.Row serious = vm.rows().get(0);
        // detected 2026-11-10, so the 15-day limit is 2026-11-25: two days left on 2026-11-23, which needs attention
        assertThat(serious.reporting()).isEqualTo("Report by 2026-11-25 · 2 days left");
        assertThat(serious.reportingAlert()).isTrue();
        assertThat(serious.detected()).isEqualTo("2026-11-10 09:15");
        assertThat(vm.zoneName()).as("the zone those times are in, for the column header").isEqualTo("UTC");
        assertThat(vm.rows().get(1).reporting()).isEmpty();
        vm.filterProperty().set("release pilot");
        assertThat(vm.rows()).extracting(r -> r.incident().id()).containsExactly("IN-0002");
    }

    @Test
    void theFormSaysWhatIsMissingBeforeTheRecordWouldRefuseIt() {
        vm.startNew();
        assertThat(vm.problemProperty().get()).isEqualTo("Give the incident a title.");
        assertThat(vm.canSaveProperty().get()).isFalse();
        vm.title.set("Agent exported a customer list to a personal drive");
        assertThat(vm.problemProperty().get()).isEmpty();
        vm.detectedTime.set("25:00");
        assertThat(vm.problemProperty().get()).isEqualTo("The time detected must read HH:mm (24-hour), for example 14:30.");
        vm.detectedTime.set("08:30");
        vm.detectedOn.set(LocalDate.of(2026, 11, 24));
        assertThat(vm.problemProperty().get()).isEqualTo("The detection time is in the future.");
        vm.detectedOn.set(LocalDate.of(2026, 11, 22));
        vm.agentIds.set("AG-0001, ag-0099");
        assertThat(vm.problemProperty().get()).isEqualTo("No agent AG-0099 in the register.");
        vm.agentIds.set("AG-0001");
        vm.status.set(IncidentStatus.CLOSED);
        assertThat(vm.problemProperty().get()).isEqualTo("Record the root cause before closing the incident.");
        vm.status.set(IncidentStatus.OPEN);
        vm.controlIds.set("CT-9999");
        assertThat(vm.problemProperty().get()).isEqualTo("No control CT-9999 in the register.");
        vm.controlIds.set("");
        vm.serious.set(true);
        assertThat(vm.reportingProperty().get()).startsWith("Art. 73: report to the market surveillance authority by 2026-12-07");
        assertThat(vm.canSaveProperty().get()).isTrue();
    }

    @Test
    void savesANewIncidentThenItsTimelineAndSelectsIt() {
        vm.startNew();
        vm.title.set("Agent exported a customer list to a personal drive");
        vm.severity.set(Severity.CRITICAL);
        vm.detectedOn.set(LocalDate.of(2026, 11, 22));
        vm.detectedTime.set("08:30");
        IncidentsViewModel.append(vm.agentIds, "AG-0001");
        IncidentsViewModel.append(vm.agentIds, "AG-0001");
        assertThat(vm.agentIds.get()).isEqualTo("AG-0001");
        vm.description.set("DLP alert on an upload of 4,200 rows.");
        vm.serious.set(true);
        vm.save();
        vm.reload(opened); // the window reloads the section on every change to the register

        Incident stored = opened.register().find(EntityKinds.INCIDENT, "IN-0003").orElseThrow();
        assertThat(stored.title()).isEqualTo("Agent exported a customer list to a personal drive");
        assertThat(stored.severity()).isEqualTo(Severity.CRITICAL);
        assertThat(stored.detectedAt()).isEqualTo(Instant.parse("2026-11-22T08:30:00Z"));
        assertThat(stored.agentIds()).containsExactly("AG-0001");
        assertThat(stored.seriousIncident()).isTrue();
        assertThat(stored.status()).isEqualTo(IncidentStatus.OPEN);
        assertThat(vm.selectedProperty().get().incident()).isEqualTo(stored);
        assertThat(vm.headingProperty().get()).isEqualTo("IN-0003 · Agent exported a customer list to a personal drive");
        assertThat(vm.canSaveProperty().get()).isFalse(); // nothing changed since the save

        vm.entryAt.set("2026-11-22 09:10");
        vm.entryText.set("Upload blocked; agent token revoked.");
        assertThat(vm.canAddEntryProperty().get()).isTrue();
        vm.addEntry();
        vm.reload(opened);
        assertThat(vm.timeline()).containsExactly("2026-11-22 09:10   Upload blocked; agent token revoked.");
        assertThat(vm.entryText.get()).isEmpty();

        vm.status.set(IncidentStatus.CONTAINED);
        vm.save();
        vm.reload(opened);
        assertThat(vm.timeline()).hasSize(2);
        assertThat(vm.timeline().get(1)).endsWith("Status changed from Open to Contained.");
        assertThat(dialogs.shown).isEmpty();
    }

    /** Holds work until {@link #runAll()}, like the app's single worker when it is busy with something else. */
    static final class QueuedTasks implements dev.steward.app.TaskRunner {
        final java.util.List<Runnable> queue = new java.util.ArrayList<>();

        @Override
        public <T> void run(BackgroundWork<T> work, java.util.function.Consumer<T> onSuccess,
                            java.util.function.Consumer<Throwable> onFailure) {
            queue.add(() -> new SameThreadTaskRunner().run(work, onSuccess, onFailure));
        }

        void runAll() {
            while (!queue.isEmpty()) queue.remove(0).run();
        }
    }

    @Test
    void aSaveKeepsWhatTheFormHeldWhenClickedAndCannotBeQueuedTwice() {
        QueuedTasks tasks = new QueuedTasks();
        IncidentsViewModel queued = new IncidentsViewModel(tasks, dialogs, new IncidentService(DemoRegisters.CLOCK));
        queued.reload(opened);
        tasks.runAll();
        queued.startNew();
        queued.title.set("Agent emailed a draft contract to the wrong customer");
        queued.agentIds.set("AG-0004");
        queued.save();
        assertThat(queued.canSaveProperty().get()).as("a second click while the first save waits").isFalse();
        queued.save();
        // the user moves on before the worker gets to the save
        queued.selectedProperty().set(queued.rows().get(1));
        tasks.runAll();
        queued.reload(opened);
        tasks.runAll();
        assertThat(opened.register().all(EntityKinds.INCIDENT)).hasSize(3);
        Incident stored = opened.register().find(EntityKinds.INCIDENT, "IN-0003").orElseThrow();
        assertThat(stored.title()).isEqualTo("Agent emailed a draft contract to the wrong customer");
        assertThat(stored.agentIds()).containsExactly("AG-0004");
        assertThat(queued.selectedProperty().get().incident().id()).isEqualTo("IN-0003");
        assertThat(dialogs.shown).isEmpty();
    }

    @Test
    void theSearchOpensTheIncidentItFound() {
        vm.reveal("IN-0002");
        assertThat(vm.rows()).extracting(r -> r.incident().id()).containsExactly("IN-0002");
        assertThat(vm.selectedProperty().get().incident().id()).isEqualTo("IN-0002");
        IncidentsViewModel fresh = new IncidentsViewModel(new SameThreadTaskRunner(), dialogs, new IncidentService(DemoRegisters.CLOCK));
        fresh.reveal("IN-0002"); // the section's first showing: the list is not read yet
        fresh.reload(opened);
        assertThat(fresh.selectedProperty().get().incident().id()).isEqualTo("IN-0002");
    }

    @Test
    void anEntryWaitsForUnsavedChangesAndALinkToAnItemDeletedSinceStaysValid() {
        vm.selectedProperty().set(vm.rows().stream().filter(r -> r.incident().id().equals("IN-0001")).findFirst().orElseThrow());
        vm.entryText.set("Authority acknowledged the report.");
        assertThat(vm.canAddEntryProperty().get()).isTrue();
        vm.lessons.set("Test ranking models for proxies of protected characteristics.");
        assertThat(vm.canAddEntryProperty().get()).as("a reload after the entry would discard the typed lessons").isFalse();
        vm.save();
        vm.reload(opened);
        assertThat(vm.canAddEntryProperty().get()).isTrue();
        // a stored link to a risk that has since gone does not block the next save
        vm.riskIds.set("R-0006");
        vm.save();
        vm.reload(opened);
        opened.history().perform(dev.steward.app.Edit.of("Delete R-0006", dev.steward.app.EntityChange.delete(EntityKinds.RISK,
                opened.register().find(EntityKinds.RISK, "R-0006").orElseThrow())));
        vm.reload(opened);
        vm.status.set(IncidentStatus.RESOLVED);
        assertThat(vm.problemProperty().get()).isEmpty();
        vm.riskIds.set("R-0006, R-0099");
        assertThat(vm.problemProperty().get()).isEqualTo("No risk R-0099 in the register.");
    }

    @Test
    void aTimelineTimeThatCannotBeReadIsRefusedWithTheFormatToUse() {
        vm.selectedProperty().set(vm.rows().get(0));
        vm.entryAt.set("yesterday");
        vm.entryText.set("Something");
        vm.addEntry();
        assertThat(dialogs.shown).singleElement().asString().contains("YYYY-MM-DD HH:mm").contains("'yesterday'");
        assertThat(opened.register().find(EntityKinds.INCIDENT, "IN-0001").orElseThrow().timeline()).hasSize(4);
    }

    @Test
    void anOpenSeriousIncidentPastItsArt73DateSaysByHowMuch() {
        java.time.Clock later = java.time.Clock.fixed(java.time.Instant.parse("2026-11-28T10:00:00Z"), java.time.ZoneOffset.UTC);
        IncidentsViewModel afterwards = new IncidentsViewModel(new SameThreadTaskRunner(), dialogs, new IncidentService(later));
        afterwards.reload(opened);
        afterwards.selectedProperty().set(afterwards.rows().get(0)); // IN-0001, contained, report due 2026-11-25
        assertThat(afterwards.rows().get(0).reporting()).isEqualTo("Report by 2026-11-25 · 3 days overdue");
        assertThat(afterwards.reportingProperty().get())
                .startsWith("Art. 73: report to the market surveillance authority by 2026-11-25 — 3 days overdue (15 days");
        afterwards.status.set(IncidentStatus.RESOLVED);
        assertThat(afterwards.reportingProperty().get())
                .startsWith("Art. 73: report to the market surveillance authority by 2026-11-25 (15 days");
    }
}
