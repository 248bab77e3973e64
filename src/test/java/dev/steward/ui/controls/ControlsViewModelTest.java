package dev.steward.ui.controls;

import dev.steward.app.DemoRegisters;
import dev.steward.app.EntityKinds;
import dev.steward.app.OpenedRegister;
import dev.steward.app.SameThreadTaskRunner;
import dev.steward.domain.Control;
import dev.steward.domain.ImplementationStatus;
import dev.steward.domain.Relation;
import dev.steward.ui.RecordingDialogs;
import dev.steward.ui.SmokeServices;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The Controls section without the FX toolkit, on the demo register. */
class ControlsViewModelTest {

    @TempDir
    Path dir;
    private OpenedRegister demo;
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private ControlsViewModel vm;

    @BeforeEach
    void open() {
        demo = DemoRegisters.demo(dir);
        vm = new ControlsViewModel(SmokeServices.controls(), new SameThreadTaskRunner(), dialogs, DemoRegisters.CLOCK);
        vm.reload(demo);
    }

    @AfterEach
    void close() {
        demo.register().close();
    }

    private void select(String id) {
        vm.selectedProperty().set(vm.rows().stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow().control());
    }

    @Test
    void listsTheControlsWithTheirCountsAndShowsTheFirst() {
        assertThat(vm.rows()).hasSize(8);
        ControlRow c6 = vm.rows().stream().filter(r -> r.id().equals("C-0006")).findFirst().orElseThrow();
        assertThat(c6.mappings()).isEqualTo(2);
        assertThat(c6.appliesTo()).isEqualTo("All agents");
        assertThat(vm.selectedProperty().get().id()).isEqualTo("C-0001");
        vm.filterProperty().set("tokens");
        assertThat(vm.rows()).extracting(ControlRow::id).containsExactly("C-0004");
    }

    @Test
    void addingFromTheLibraryMarksThemPresentAndIsOneUndoableEdit() {
        var choices = vm.libraryChoices();
        assertThat(choices).hasSize(35).noneMatch(ControlsViewModel.LibraryChoice::present);
        vm.addFromLibrary(List.of(choices.get(0).control(), choices.get(1).control()));
        vm.reload(demo);
        assertThat(vm.rows()).hasSize(10);
        assertThat(vm.libraryChoices().get(0).present()).isTrue();
        assertThat(demo.history().nextUndoDescription()).contains("Add 2 controls from the library");
        assertThat(dialogs.shown).isEmpty();
    }

    @Test
    void editingAControlSavesIt() {
        select("C-0003");
        Control before = vm.selectedProperty().get();
        Control after = new Control(before.id(), before.name(), before.description(), before.kind(), before.nature(), before.ownerId(),
                ImplementationStatus.IMPLEMENTED, before.effectiveness(), false, List.of("AG-0001", "AG-0002"), before.testFrequency(),
                LocalDate.of(2026, 11, 20), before.evidenceIds());
        vm.save(before, after);
        vm.reload(demo);
        assertThat(vm.selectedProperty().get()).isEqualTo(after);
        assertThat(vm.rows().stream().filter(r -> r.id().equals("C-0003")).findFirst().orElseThrow().appliesTo()).isEqualTo("2 agent(s)");
    }

    @Test
    void theMappingEditorSearchesEveryCatalogAndAddsEditsAndRemovesMappings() {
        select("C-0004");
        List<ClauseOption> found = vm.searchClauses("A.6.2.8");
        assertThat(found.get(0).ref()).isEqualTo("A.6.2.8");
        assertThat(vm.searchClauses("human oversight")).anyMatch(o -> o.frameworkId().equals("eu-ai-act-2024-1689"));
        vm.addMapping(found.get(0), Relation.SUBSET, "Token lifetimes are logged events.");
        vm.reload(demo);
        assertThat(vm.mappings()).singleElement().satisfies(m -> assertThat(m.clauseRef()).isEqualTo("A.6.2.8"));
        assertThat(vm.describe(vm.mappings().get(0))).contains("A.6.2.8 — AI system recording of event logs");
        vm.updateMapping(vm.mappings().get(0), Relation.INTERSECT, "Overlap only.");
        vm.reload(demo);
        assertThat(vm.mappings().get(0).relation()).isEqualTo(Relation.INTERSECT);
        vm.addMapping(found.get(0), Relation.EQUAL, "twice");
        assertThat(dialogs.shown).anyMatch(s -> s.contains("already mapped"));
        vm.deleteMapping(vm.mappings().get(0));
        vm.reload(demo);
        assertThat(vm.mappings()).isEmpty();
    }

    @Test
    void linksRisksAndAttachesEvidenceThatGoesStale() throws Exception {
        select("C-0005");
        String riskId = demo.register().all(EntityKinds.RISK).get(0).id();
        vm.setLinkedRisks(List.of(riskId));
        vm.reload(demo);
        assertThat(vm.linkedRisks()).extracting(r -> r.id()).containsExactly(riskId);
        Path f = Files.writeString(dir.resolve("review.txt"), "access review");
        vm.attachEvidence(f, LocalDate.of(2026, 11, 1));
        vm.reload(demo);
        assertThat(vm.evidence()).singleElement().satisfies(e -> assertThat(e.fileName()).isEqualTo("review.txt"));
        assertThat(vm.rows().stream().filter(r -> r.id().equals("C-0005")).findFirst().orElseThrow().staleEvidence()).isEqualTo(1);
    }

    @Test
    void deletingAControlAsksThenRemovesItsMappingsToo() {
        select("C-0006");
        vm.delete(vm.selectedProperty().get());
        vm.reload(demo);
        assertThat(dialogs.shown).anyMatch(s -> s.startsWith("confirm: Delete C-0006"));
        assertThat(vm.rows()).extracting(ControlRow::id).doesNotContain("C-0006");
        assertThat(demo.register().all(EntityKinds.MAPPING)).noneMatch(m -> m.controlId().equals("C-0006"));
    }
}
