package dev.steward.ui.roadmap;

import dev.steward.app.Actor;
import dev.steward.app.EntityKinds;
import dev.steward.app.OpenedRegister;
import dev.steward.app.RegisterService;
import dev.steward.app.SameThreadTaskRunner;
import dev.steward.catalog.JsonTemplates;
import dev.steward.domain.Cadence;
import dev.steward.domain.CommitteeRole;
import dev.steward.domain.Phase;
import dev.steward.domain.RecurringActivity;
import dev.steward.domain.RoadmapTask;
import dev.steward.domain.TaskStatus;
import dev.steward.store.SqliteRegisterFiles;
import dev.steward.ui.RecordingDialogs;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

/** The roadmap section's view model on a real demo register, without the FX toolkit. */
class RoadmapViewModelTest {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    static final Clock CLOCK = Clock.fixed(TODAY.atTime(9, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);

    @TempDir
    Path dir;
    RegisterService registers;
    OpenedRegister opened;
    RecordingDialogs dialogs = new RecordingDialogs();
    RoadmapViewModel vm;

    @BeforeEach
    void openDemo() {
        registers = new RegisterService(new SqliteRegisterFiles(CLOCK, "test"), new JsonTemplates(), new Actor("tester", null));
        registers.writeDemo(dir.resolve("demo.steward"));
        opened = registers.open(dir.resolve("demo.steward"));
        vm = new RoadmapViewModel(new SameThreadTaskRunner(), dialogs, registers.templates(), CLOCK);
        vm.reload(opened);
    }

    @AfterEach
    void close() {
        opened.register().close();
    }

    RoadmapTask stored(String id) {
        return opened.register().find(EntityKinds.TASK, id).orElseThrow();
    }

    @Test
    void showsTheDemoProgrammeWithLateCriticalProgressAndTheCycleAfterIt() {
        assertThat(vm.emptyProperty().get()).isFalse();
        assertThat(vm.rows()).hasSize(12);
        assertThat(vm.rows().get(0).id()).isEqualTo("T-0001");
        assertThat(vm.rows().get(0).ownerName()).isEqualTo("Ingrid Søndergaard");
        assertThat(vm.rows()).filteredOn(TaskRow::late).extracting(TaskRow::id).containsExactly("T-0007");
        assertThat(vm.row("T-0007").orElseThrow().statusText()).isEqualTo("In progress · LATE");
        assertThat(vm.rows()).filteredOn(TaskRow::critical).extracting(TaskRow::id)
                .containsExactly("T-0010", "T-0011", "T-0012");
        assertThat(vm.progressProperty().get().headline()).isEqualTo("8/12 done (67%) · 1 late · 1 blocked");
        assertThat(vm.progressProperty().get().phase(Phase.FOUNDATION).describe()).isEqualTo("4/4 done");
        // the continuous cycle: the first committee meeting follows the 12 weeks, the access review covers every agent
        assertThat(vm.occurrences()).isNotEmpty();
        assertThat(vm.occurrences().get(0).occurrence().date()).isAfter(LocalDate.of(2026, 11, 29));
        assertThat(vm.occurrences()).extracting(RoadmapViewModel.OccurrenceRow::label)
                .contains("Governance committee meeting", "Access review of every agent (12 agents)");
        assertThat(dialogs.shown).isEmpty();
    }

    @Test
    void movingATaskMovesItsDependantsInOneUndoableEdit() {
        RoadmapTask t7 = stored("T-0007"), t9 = stored("T-0009"), t10 = stored("T-0010"), t11 = stored("T-0011"),
                t12 = stored("T-0012");
        vm.move("T-0007", LocalDate.of(2026, 10, 26)); // one week later
        assertThat(stored("T-0007").start()).isEqualTo(LocalDate.of(2026, 10, 26));
        assertThat(stored("T-0007").due()).isEqualTo(LocalDate.of(2026, 11, 6));
        assertThat(stored("T-0010").start()).isEqualTo(t10.start().plusWeeks(1));
        assertThat(stored("T-0010").due()).isEqualTo(t10.due().plusWeeks(1));
        assertThat(stored("T-0011").due()).isEqualTo(t11.due().plusWeeks(1));
        assertThat(stored("T-0012").due()).isEqualTo(t12.due().plusWeeks(1));
        assertThat(stored("T-0009")).as("not a dependant").isEqualTo(t9);
        assertThat(vm.messageProperty().get()).isEqualTo("T-0007 Create approval workflows now runs 2026-10-26 to 2026-11-06; "
                + "3 dependants T-0010, T-0011, T-0012 moved with it");
        assertThat(vm.row("T-0007").orElseThrow().task().start()).as("the view reloaded").isEqualTo(LocalDate.of(2026, 10, 26));
        assertThat(opened.history().nextUndoDescription()).contains("Move T-0007 Create approval workflows and 3 dependants");

        opened.history().undo();
        assertThat(stored("T-0007")).isEqualTo(t7);
        assertThat(stored("T-0010")).isEqualTo(t10);
        assertThat(stored("T-0011")).isEqualTo(t11);
        assertThat(stored("T-0012")).isEqualTo(t12);
        assertThat(opened.history().canUndo()).isFalse();
    }

    @Test
    void keyboardNudgesAndResizesCountWorkingDays() {
        vm.nudge("T-0012", 1); // Mon 23 -> Tue 24, 5 working days -> Mon 30
        assertThat(stored("T-0012").start()).isEqualTo(LocalDate.of(2026, 11, 24));
        assertThat(stored("T-0012").due()).isEqualTo(LocalDate.of(2026, 11, 30));
        vm.resizeBy("T-0012", 2);
        assertThat(stored("T-0012").due()).isEqualTo(LocalDate.of(2026, 12, 2));
    }

    @Test
    void aDependencyCycleIsRefusedWithAClearMessageAndNothingChanges() {
        TaskEditorModel editor = new TaskEditorModel(vm);
        vm.selectedIdProperty().set("T-0001");
        assertThat(editor.title.get()).isEqualTo("Form the AI risk committee");
        editor.dependencies.set("T-0012");
        editor.save();
        assertThat(dialogs.shown).singleElement().asString()
                .startsWith("warning: Cannot save T-0001: Dependencies cannot go round in a circle: T-0001 → T-0012 → ")
                .endsWith("Remove one of these dependencies.");
        assertThat(stored("T-0001").dependencyIds()).isEmpty();
        assertThat(opened.history().canUndo()).isFalse();
    }

    @Test
    void editingReassignsLinksAndRefusesUnknownIds() {
        TaskEditorModel editor = new TaskEditorModel(vm);
        vm.selectedIdProperty().set("T-0010");
        editor.ownerId.set("P-0003");
        editor.controls.set("c-0001, C-0002");
        editor.agents.set("AG-0001 AG-0002");
        editor.evidenceKind.set("Control test results");
        editor.save();
        RoadmapTask t = stored("T-0010");
        assertThat(t.ownerId()).isEqualTo("P-0003");
        assertThat(t.controlIds()).containsExactly("C-0001", "C-0002");
        assertThat(t.agentIds()).containsExactly("AG-0001", "AG-0002");
        assertThat(t.evidenceKind()).isEqualTo("Control test results");
        assertThat(vm.messageProperty().get()).isEqualTo("Saved T-0010 Pilot controls on 2-3 agents");

        editor.controls.set("C-9999");
        editor.save();
        assertThat(dialogs.shown).containsExactly("warning: Cannot save T-0010: There is no control C-9999");
        assertThat(stored("T-0010").controlIds()).containsExactly("C-0001", "C-0002");
    }

    @Test
    void changingDatesInTheEditorCarriesDependantsToo() {
        TaskEditorModel editor = new TaskEditorModel(vm);
        vm.selectedIdProperty().set("T-0010");
        RoadmapTask t11 = stored("T-0011");
        editor.due.set(LocalDate.of(2026, 12, 4)); // one week later
        editor.save();
        assertThat(stored("T-0011").due()).isEqualTo(t11.due().plusWeeks(1));
        assertThat(vm.messageProperty().get()).contains("moved with it");
    }

    @Test
    void statusNeedsAReasonWhenBlocked() {
        vm.setStatus("T-0012", TaskStatus.BLOCKED, " ");
        assertThat(dialogs.shown).containsExactly("warning: Cannot change the status of T-0012: Say why T-0012 is blocked");
        vm.setStatus("T-0012", TaskStatus.BLOCKED, "Board date not set");
        assertThat(stored("T-0012").blockedReason()).isEqualTo("Board date not set");
        vm.setStatus("T-0012", TaskStatus.DONE, null);
        assertThat(stored("T-0012").status()).isEqualTo(TaskStatus.DONE);
        assertThat(stored("T-0012").blockedReason()).isNull();
        assertThat(vm.progressProperty().get().overall().done()).isEqualTo(9);
    }

    @Test
    void addingAndRemovingTasks() {
        vm.addTask(Phase.DEPLOYMENT_AND_PILOTS, "Train agent owners");
        RoadmapTask added = stored("T-0013");
        assertThat(added.start()).isEqualTo(LocalDate.of(2026, 11, 2)); // first working day of week 9
        assertThat(added.due()).isEqualTo(LocalDate.of(2026, 11, 6));
        vm.remove("T-0010");
        assertThat(dialogs.shown).containsExactly("confirm: Remove T-0010?");
        assertThat(opened.register().find(EntityKinds.TASK, "T-0010")).isEmpty();
        assertThat(stored("T-0011").dependencyIds()).isEmpty();
        assertThat(stored("T-0012").dependencyIds()).containsExactly("T-0011");
        assertThat(vm.messageProperty().get()).isEqualTo(
                "Removed T-0010 Pilot controls on 2-3 agents; T-0011, T-0012 no longer depend on it");
        opened.history().undo();
        assertThat(stored("T-0010").title()).isEqualTo("Pilot controls on 2-3 agents");
        assertThat(stored("T-0011").dependencyIds()).containsExactly("T-0010");
    }

    @Test
    void startingAProgrammeLaysTheTemplateOutAndReplacesAnOldOneAfterAsking() {
        vm.startDateProperty().set(LocalDate.of(2027, 1, 2)); // a Saturday
        assertThat(vm.startOwners()).containsEntry(CommitteeRole.CHAIR, "P-0001");
        vm.startOwners().put(CommitteeRole.SECURITY, "P-0010");
        dialogs.confirmAnswer = false;
        vm.startProgramme();
        assertThat(stored("T-0001").start()).as("refused: nothing replaced").isEqualTo(LocalDate.of(2026, 9, 7));

        dialogs.confirmAnswer = true;
        vm.startProgramme();
        assertThat(vm.rows()).hasSize(12);
        assertThat(stored("T-0001").start()).isEqualTo(LocalDate.of(2027, 1, 4));
        assertThat(stored("T-0002").ownerId()).isEqualTo("P-0010");
        assertThat(stored("T-0001").status()).isEqualTo(TaskStatus.NOT_STARTED);
        assertThat(opened.register().all(EntityKinds.ACTIVITY)).hasSize(8);
        assertThat(vm.messageProperty().get()).startsWith("Start the 90-day programme on 2027-01-04: 12 tasks to ");
        opened.history().undo();
        assertThat(stored("T-0001").start()).isEqualTo(LocalDate.of(2026, 9, 7));
    }

    @Test
    void anEmptyRegisterSaysWhatToDoAndCanStart() {
        opened.register().close();
        opened = registers.createEmpty(dir.resolve("empty.steward"));
        vm.reload(opened);
        assertThat(vm.emptyProperty().get()).isTrue();
        assertThat(vm.progressProperty().get().headline()).isEqualTo("No 90-day programme yet");
        vm.startDateProperty().set(LocalDate.of(2027, 1, 4));
        vm.startProgramme();
        assertThat(dialogs.shown).isEmpty();
        assertThat(vm.emptyProperty().get()).isFalse();
        assertThat(vm.rows()).allSatisfy(r -> assertThat(r.ownerName()).isEqualTo("No owner"));
    }

    @Test
    void recurringActivitiesCanBeAddedChangedAndRemoved() {
        int before = opened.register().count(EntityKinds.ACTIVITY);
        vm.addActivity("Model vendor review", Cadence.HALF_YEARLY, LocalDate.of(2027, 1, 9), "P-0004", false);
        RecurringActivity added = opened.register().find(EntityKinds.ACTIVITY, "RA-" + String.format("%04d", before + 1)).orElseThrow();
        assertThat(added.firstDate()).isEqualTo(LocalDate.of(2027, 1, 11));
        assertThat(vm.occurrences()).anyMatch(o -> o.label().equals("Model vendor review"));
        vm.saveActivity(added.withSchedule(Cadence.QUARTERLY, added.firstDate(), null));
        assertThat(opened.register().find(EntityKinds.ACTIVITY, added.id()).orElseThrow().cadence()).isEqualTo(Cadence.QUARTERLY);
        vm.removeActivity(added.id());
        assertThat(opened.register().count(EntityKinds.ACTIVITY)).isEqualTo(before);
        vm.addActivity(" ", Cadence.MONTHLY, LocalDate.of(2027, 1, 9), null, false);
        assertThat(dialogs.shown).contains("warning: Cannot add the activity: Give the activity a title");
    }
}
