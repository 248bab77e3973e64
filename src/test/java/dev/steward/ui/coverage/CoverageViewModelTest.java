package dev.steward.ui.coverage;

import dev.steward.app.CoverageSnapshot;
import dev.steward.app.DemoRegisters;
import dev.steward.app.OpenedRegister;
import dev.steward.app.SameThreadTaskRunner;
import dev.steward.domain.AiActRiskTier;
import dev.steward.domain.AiActRole;
import dev.steward.domain.ObligationRecord;
import dev.steward.domain.aiact.TransparencyCase;
import dev.steward.domain.coverage.CoverageStatus;
import dev.steward.ui.RecordingDialogs;
import dev.steward.ui.SmokeServices;
import dev.steward.ui.aiact.ClassificationViewModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The Coverage section without the FX toolkit: the same numbers as the app service, decisions, SoA, AI Act. */
class CoverageViewModelTest {

    @TempDir
    Path dir;
    private OpenedRegister demo;
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private CoverageViewModel vm;
    private final dev.steward.ui.controls.ControlsServices services = SmokeServices.controls();

    @BeforeEach
    void open() {
        demo = DemoRegisters.demo(dir);
        vm = new CoverageViewModel(services, new SameThreadTaskRunner(), dialogs);
        vm.reload(demo);
    }

    @AfterEach
    void close() {
        demo.register().close();
    }

    @Test
    void showsTheServicesFiguresForTheChosenFramework() {
        assertThat(vm.frameworks()).startsWith(CoverageSnapshot.NIST, CoverageSnapshot.ISO_42001, CoverageSnapshot.EU_AI_ACT);
        vm.frameworkProperty().set(CoverageSnapshot.ISO_42001);
        assertThat(vm.coverageProperty().get().total())
                .isEqualTo(services.coverage().coverage(demo.register(), CoverageSnapshot.ISO_42001).total());
        assertThat(vm.gaps()).isNotEmpty();
        assertThat(vm.gaps().get(0).coverage().status()).isEqualTo(CoverageStatus.GAP);
    }

    @Test
    void aClauseDrillsDownToItsControlsAndEvidenceAndCanBeExcluded() throws Exception {
        vm.frameworkProperty().set(CoverageSnapshot.ISO_42001);
        vm.clauseProperty().set(vm.coverageProperty().get().clause("A.6.2.8").orElseThrow());
        assertThat(vm.clauseProperty().get().mappings()).extracting(m -> m.controlId()).containsExactly("C-0006");
        vm.attachToClause(Files.writeString(dir.resolve("siem-retention.txt"), "retention"), null);
        vm.reload(demo);
        assertThat(vm.clauseProperty().get().ref()).isEqualTo("A.6.2.8");
        assertThat(vm.clauseEvidence()).extracting(e -> e.fileName()).containsExactly("siem-retention.txt");

        int applicable = vm.coverageProperty().get().total().applicable();
        vm.decide(CoverageSnapshot.ISO_42001, "A.7.2", false, "");
        assertThat(dialogs.shown).anyMatch(s -> s.contains("needs a justification"));
        vm.decide(CoverageSnapshot.ISO_42001, "A.7.2", false, "We develop no models.");
        vm.reload(demo);
        assertThat(vm.coverageProperty().get().total().applicable()).isEqualTo(applicable - 1);
        assertThat(vm.soa()).filteredOn(r -> r.ref().equals("A.7.2")).singleElement()
                .satisfies(r -> assertThat(r.implementation()).isEqualTo("Excluded"));
    }

    @Test
    void theAiActTabOpensOnAHighRiskAgentWithItsChecklist() {
        assertThat(vm.agentProperty().get().aiAct().riskTier()).isEqualTo(AiActRiskTier.HIGH_RISK);
        assertThat(vm.obligations()).extracting(o -> o.obligation().ref()).contains("Art. 26(2)");
        var o = vm.obligations().stream().filter(x -> x.obligation().ref().equals("Art. 26(2)")).findFirst().orElseThrow();
        vm.saveObligation(new ObligationRecord(o.record().id(), o.record().agentId(), o.record().ref(),
                ObligationRecord.ObligationStatus.IN_PROGRESS, List.of("C-0002"), "Oversight roster being agreed."));
        vm.reload(demo);
        assertThat(vm.obligations()).filteredOn(x -> x.obligation().ref().equals("Art. 26(2)")).singleElement()
                .satisfies(x -> assertThat(x.record().status()).isEqualTo(ObligationRecord.ObligationStatus.IN_PROGRESS));
    }

    @Test
    void theClassificationHelperPreviewsThenSavesTierRoleAndReasons() {
        var agent = vm.agents().stream().filter(a -> a.id().equals("AG-0009")).findFirst().orElseThrow();
        var cvm = new ClassificationViewModel(agent, null, vm.snapshotProperty().get().catalogs(), services.compliance(), demo, vm.work());
        assertThat(cvm.areas()).hasSize(8).first().asString().startsWith("1. Biometrics");
        assertThat(cvm.previewProperty().get().profile().riskTier()).isEqualTo(AiActRiskTier.MINIMAL);
        cvm.transparency().add(TransparencyCase.INTERACTS_WITH_PERSONS);
        assertThat(cvm.previewProperty().get().profile().riskTier()).isEqualTo(AiActRiskTier.LIMITED);
        cvm.annexIIIAreaProperty().set(cvm.areas().get(3));
        assertThat(cvm.previewProperty().get().profile().riskTier()).isEqualTo(AiActRiskTier.HIGH_RISK);
        cvm.roleProperty().set(AiActRole.DEPLOYER);
        cvm.save(() -> { });
        vm.reload(demo);
        var saved = vm.agents().stream().filter(a -> a.id().equals("AG-0009")).findFirst().orElseThrow();
        assertThat(saved.aiAct().riskTier()).isEqualTo(AiActRiskTier.HIGH_RISK);
        assertThat(saved.aiAct().annexIIIArea()).startsWith("4. Employment");
        assertThat(vm.snapshotProperty().get().classification("AG-0009").orElseThrow().reasons())
                .anyMatch(r -> r.startsWith("Art. 50(1)"));
        assertThat(dialogs.shown).isEmpty();
    }

    @Test
    void theEvidenceIndexListsEveryFileAndTasksTakeEvidenceToo() throws Exception {
        var task = vm.tasks().stream().filter(t -> t.id().equals("T-0001")).findFirst().orElseThrow();
        vm.attachToTask(task, Files.writeString(dir.resolve("charter.txt"), "charter"), null);
        vm.reload(demo);
        assertThat(vm.allEvidence()).extracting(e -> e.fileName()).containsExactly("charter.txt");
        assertThat(vm.tasks().stream().filter(t -> t.id().equals("T-0001")).findFirst().orElseThrow().evidenceIds()).hasSize(1);
    }
}
