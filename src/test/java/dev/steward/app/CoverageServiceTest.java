package dev.steward.app;

import dev.steward.domain.AiActRiskTier;
import dev.steward.domain.AiActRole;
import dev.steward.domain.Control;
import dev.steward.domain.ImplementationStatus;
import dev.steward.domain.ObligationRecord;
import dev.steward.domain.aiact.AiActAnswers;
import dev.steward.domain.aiact.HighRiskException;
import dev.steward.domain.aiact.TransparencyCase;
import dev.steward.domain.coverage.ClauseCoverage;
import dev.steward.domain.coverage.CoverageStatus;
import dev.steward.domain.coverage.FrameworkCoverage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Coverage, SoA and obligations computed over the real demo register and shipped catalogs. */
class CoverageServiceTest {

    @TempDir
    Path dir;
    private OpenedRegister demo;
    private CoverageService service;

    @BeforeEach
    void open() {
        demo = DemoRegisters.demo(dir);
        service = DemoRegisters.coverage(dir);
    }

    @AfterEach
    void close() {
        demo.register().close();
    }

    @Test
    void theDemoRegistersMappingsGiveItsCoverage() {
        CoverageSnapshot s = service.snapshot(demo.register());
        assertThat(s.frameworks()).startsWith(CoverageSnapshot.NIST, CoverageSnapshot.ISO_42001, CoverageSnapshot.EU_AI_ACT);
        FrameworkCoverage iso = s.coverage(CoverageSnapshot.ISO_42001);
        // M-0003: C-0006 (implemented) INTERSECT A.6.2.8 -> partial, direct
        ClauseCoverage a628 = iso.clause("A.6.2.8").orElseThrow();
        assertThat(a628.status()).isEqualTo(CoverageStatus.PARTIAL);
        assertThat(a628.derived()).isFalse();
        FrameworkCoverage nist = s.coverage(CoverageSnapshot.NIST);
        assertThat(nist.total().total()).isEqualTo(72);
        assertThat(nist.groups()).extracting(FrameworkCoverage.Group::ref).containsExactly("GOVERN", "MAP", "MEASURE", "MANAGE");
        // the same object gives the same numbers, whoever asks
        assertThat(service.coverage(demo.register(), CoverageSnapshot.NIST).total()).isEqualTo(nist.total());
    }

    @Test
    void libraryControlsAddedAsPlannedGivePartialAndOnceImplementedGiveCovered() {
        ControlService controls = new ControlService(service.library());
        LibraryControl logging = service.library().controls().stream()
                .filter(c -> c.mappings().stream().anyMatch(m -> m.relation() != dev.steward.domain.Relation.INTERSECT
                        && m.frameworkId().equals(CoverageSnapshot.NIST))).findFirst().orElseThrow();
        var m = logging.mappings().stream().filter(x -> x.relation() != dev.steward.domain.Relation.INTERSECT
                && x.frameworkId().equals(CoverageSnapshot.NIST)).findFirst().orElseThrow();
        Control added = controls.addFromLibrary(demo, List.of(logging)).get(0);
        assertThat(added.id()).isEqualTo("C-0009");
        assertThat(service.coverage(demo.register(), CoverageSnapshot.NIST).clause(m.clauseRef()).orElseThrow().status())
                .isNotEqualTo(CoverageStatus.GAP);
        Control implemented = new Control(added.id(), added.name(), added.description(), added.kind(), added.nature(), null,
                ImplementationStatus.IMPLEMENTED, null, true, List.of(), added.testFrequency(), null, List.of());
        controls.save(demo, added, implemented);
        assertThat(service.coverage(demo.register(), CoverageSnapshot.NIST).clause(m.clauseRef()).orElseThrow().status())
                .isEqualTo(CoverageStatus.COVERED);
    }

    @Test
    void addingFromTheLibraryIsOneUndoableEdit() {
        ControlService controls = new ControlService(service.library());
        int mappings = demo.register().count(EntityKinds.MAPPING);
        List<LibraryControl> three = service.library().controls().subList(0, 3);
        int expected = three.stream().mapToInt(c -> c.mappings().size()).sum();
        controls.addFromLibrary(demo, three);
        assertThat(demo.register().count(EntityKinds.CONTROL)).isEqualTo(11);
        assertThat(demo.register().count(EntityKinds.MAPPING)).isEqualTo(mappings + expected);
        assertThat(demo.history().nextUndoDescription()).contains("Add 3 controls from the library");
        demo.history().undo();
        assertThat(demo.register().count(EntityKinds.CONTROL)).isEqualTo(8);
        assertThat(demo.register().count(EntityKinds.MAPPING)).isEqualTo(mappings);
    }

    @Test
    void excludingAClauseTakesItOutOfThePercentagesAndIntoTheSoa() {
        ComplianceService compliance = new ComplianceService(DemoRegisters.CLOCK, DemoRegisters.ACTOR);
        int before = service.coverage(demo.register(), CoverageSnapshot.ISO_42001).total().applicable();
        compliance.decide(demo, CoverageSnapshot.ISO_42001, "A.7.2", false, "No model development: agents use vendor models.");
        CoverageSnapshot s = service.snapshot(demo.register());
        assertThat(s.coverage(CoverageSnapshot.ISO_42001).total().applicable()).isEqualTo(before - 1);
        List<SoaRow> soa = s.soa();
        assertThat(soa).hasSize(38);
        SoaRow a72 = soa.stream().filter(r -> r.ref().equals("A.7.2")).findFirst().orElseThrow();
        assertThat(a72.applicable()).isFalse();
        assertThat(a72.justification()).startsWith("No model development");
        assertThat(a72.implementation()).isEqualTo("Excluded");
        SoaRow a628 = soa.stream().filter(r -> r.ref().equals("A.6.2.8")).findFirst().orElseThrow();
        assertThat(a628.applicable()).isTrue();
        assertThat(a628.decided()).isFalse();
        assertThat(a628.controls()).extracting(Control::id).containsExactly("C-0006");
        assertThat(a628.implementation()).isEqualTo("Partially implemented");
        assertThat(a628.objective()).startsWith("A.6.2 ");
    }

    @Test
    void aHighRiskDeployerGetsTheDeployerObligationsWithSuggestedControls() {
        CoverageSnapshot s = service.snapshot(demo.register());
        var screener = s.agents().stream().filter(a -> a.id().equals("AG-0003")).findFirst().orElseThrow();
        List<AgentObligation> list = s.obligations(screener);
        assertThat(list).extracting(o -> o.obligation().ref()).contains("Art. 4", "Art. 26(2)", "Art. 26(6)", "Art. 27", "Art. 86")
                .doesNotContain("Art. 9", "Art. 16", "Art. 50(1)", "Art. 99");
        var chatbot = s.agents().stream().filter(a -> a.id().equals("AG-0004")).findFirst().orElseThrow();
        assertThat(s.obligations(chatbot)).extracting(o -> o.obligation().ref()).contains("Art. 4").doesNotContain("Art. 26(2)");
    }

    @Test
    void classifyingSetsTheAgentsTierAndRoleAndKeepsTheReasonsInOneEdit() {
        ComplianceService compliance = new ComplianceService(DemoRegisters.CLOCK, DemoRegisters.ACTOR);
        var answers = new AiActAnswers(null, false, "5. Access to essential services", HighRiskException.PREPARATORY_TASK, false,
                Set.of(TransparencyCase.INTERACTS_WITH_PERSONS), false, AiActRole.PROVIDER);
        compliance.classify(demo, "AG-0012", answers);
        var agent = demo.register().find(EntityKinds.AGENT, "AG-0012").orElseThrow();
        assertThat(agent.aiAct().riskTier()).isEqualTo(AiActRiskTier.LIMITED);
        assertThat(agent.aiAct().role()).isEqualTo(AiActRole.PROVIDER);
        CoverageSnapshot s = service.snapshot(demo.register());
        assertThat(s.classification("AG-0012").orElseThrow().reasons()).anyMatch(r -> r.contains("Art. 6(3)(d)"));
        assertThat(s.obligations(agent)).extracting(o -> o.obligation().ref()).contains("Art. 6(4)", "Art. 50(1)")
                .doesNotContain("Art. 26(2)");
        demo.history().undo();
        assertThat(demo.register().find(EntityKinds.AGENT, "AG-0012").orElseThrow().aiAct().riskTier()).isEqualTo(AiActRiskTier.HIGH_RISK);
        assertThat(demo.register().count(EntityKinds.AI_ACT_CLASSIFICATION)).isZero();
    }

    @Test
    void obligationRecordsKeepStatusAndControls() {
        ComplianceService compliance = new ComplianceService(DemoRegisters.CLOCK, DemoRegisters.ACTOR);
        compliance.saveObligation(demo, new ObligationRecord("AG-0003|Art. 26(2)", "AG-0003", "Art. 26(2)",
                ObligationRecord.ObligationStatus.MET, List.of("C-0001"), "HR team leads review every rejection."));
        CoverageSnapshot s = service.snapshot(demo.register());
        var agent = s.agents().stream().filter(a -> a.id().equals("AG-0003")).findFirst().orElseThrow();
        AgentObligation o = s.obligations(agent).stream().filter(x -> x.obligation().ref().equals("Art. 26(2)")).findFirst().orElseThrow();
        assertThat(o.record().status()).isEqualTo(ObligationRecord.ObligationStatus.MET);
        assertThat(o.controls()).extracting(Control::id).containsExactly("C-0001");
    }

    @Test
    void gapsOfTheAiActRankClausesCitedByTheAgentsObligationsFirst() {
        CoverageSnapshot s = service.snapshot(demo.register());
        var gaps = s.gaps(CoverageSnapshot.EU_AI_ACT);
        assertThat(gaps.get(0).coverage().status()).isEqualTo(CoverageStatus.GAP);
        assertThat(gaps.get(0).reasons()).anyMatch(r -> r.startsWith("obligation of"));
        assertThatThrownBy(() -> s.coverage("nope")).hasMessageContaining("'nope'");
    }
}
