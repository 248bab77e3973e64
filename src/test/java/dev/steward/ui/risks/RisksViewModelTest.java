package dev.steward.ui.risks;

import dev.steward.app.EntityKinds;
import dev.steward.domain.ApprovalSubject;
import dev.steward.domain.Decision;
import dev.steward.domain.Rating;
import dev.steward.domain.Risk;
import dev.steward.domain.RiskStatus;
import dev.steward.domain.scoring.HeatMap;
import dev.steward.domain.scoring.RatingView;
import dev.steward.domain.scoring.ToleranceStatus;
import dev.steward.ui.TestRiskPorts;
import dev.steward.ui.heatmap.HeatMapViewModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class RisksViewModelTest {
    @TempDir
    Path dir;
    DemoRisks demo;
    RisksViewModel risks;
    HeatMapViewModel heat;

    @BeforeEach
    void open() {
        demo = new DemoRisks(dir);
        risks = new RisksViewModel(demo.board, TestRiskPorts.create().threats());
        heat = new HeatMapViewModel(demo.board);
    }

    @AfterEach
    void close() {
        demo.close();
    }

    /** Sum of the heat map's cells for one view: what the table shows for the same filter, less unrated risks. */
    private static int cells(HeatMap m) {
        int sum = 0;
        for (int l = 1; l <= m.matrix().size(); l++) for (int i = 1; i <= m.matrix().size(); i++) sum += m.count(l, i);
        return sum;
    }

    private void sameFilter(String category, String agent, String owner, boolean closed) {
        for (RiskFilterModel f : List.of(risks.filter(), heat.filter())) {
            f.categoryProperty().set(category);
            f.agentProperty().set(agent);
            f.ownerProperty().set(owner);
            f.includeClosedProperty().set(closed);
        }
    }

    @Test
    void heatMapCountsEqualTheTableForTheSameFilter() {
        String[][] filters = {{null, null, null}, {"OPS", null, null}, {"IAM", null, null}, {null, "AG-0001", null},
                {null, null, "P-0008"}, {"EXEC", "AG-0002", null}};
        for (boolean closed : new boolean[]{true, false}) {
            for (String[] f : filters) {
                sameFilter(f[0], f[1], f[2], closed);
                heat.viewProperty().set(RatingView.INHERENT);
                assertThat(cells(heat.mapProperty().get())).as("inherent %s closed=%s", java.util.Arrays.toString(f), closed)
                        .isEqualTo(risks.rows().size());
                heat.viewProperty().set(RatingView.RESIDUAL);
                long assessed = risks.rows().stream().filter(r -> r.risk().residual() != null).count();
                assertThat(cells(heat.mapProperty().get())).isEqualTo((int) assessed);
                assertThat(heat.mapProperty().get().unrated()).hasSize(risks.rows().size() - (int) assessed);
            }
        }
        sameFilter(null, null, null, true);
        assertThat(risks.rows()).hasSize(8);
    }

    @Test
    void aCellListsExactlyTheRisksItCounts() {
        sameFilter(null, null, null, true);
        heat.viewProperty().set(RatingView.INHERENT);
        assertThat(heat.cellEmptyProperty().get()).as("before any cell is chosen").isEqualTo("No cell chosen: click one on the map.");
        heat.select(4, 4);
        assertThat(heat.cellEmptyProperty().get()).isEqualTo("No risks in this cell.");
        assertThat(heat.cellRisks()).extracting(Risk::id).containsExactlyInAnyOrder("R-0002", "R-0005", "R-0008");
        assertThat(heat.cellTitleProperty().get()).isEqualTo("Inherent Likely × Major = 16 (High): 3 risks");
        assertThat(risks.rows().stream().filter(r -> r.risk().inherent().equals(new Rating(4, 4)))).hasSize(3);
    }

    @Test
    void theDemoShowsItsRisksOutOfTolerance() {
        // R-0003 IAM 3x5=15 > 6, R-0005 DATA 4x4=16 > 6 unassessed, R-0006 ETH 2x4=8 > 6, R-0002 EXEC 12 > 8, R-0008 SEC 8 = 8 within
        assertThat(risks.outOfTolerance()).extracting(RiskRow::id).contains("R-0002", "R-0003", "R-0005", "R-0006")
                .doesNotContain("R-0004", "R-0007", "R-0008");
        RiskRow r5 = risks.rows().stream().filter(r -> r.id().equals("R-0005")).findFirst().orElseThrow();
        assertThat(r5.evaluation().status()).isEqualTo(ToleranceStatus.IN_TREATMENT); // AVOID with a plan due 2026-12-11
        assertThat(heat.outOfTolerance()).hasSize(risks.outOfTolerance().size());
    }

    @Test
    void editingALikelihoodRecomputesTheScoreAndStandingAndSavesAsOneEdit() {
        risks.selectedProperty().set(risks.rows().stream().filter(r -> r.id().equals("R-0002")).findFirst().orElseThrow());
        RiskEditorModel ed = risks.editor();
        assertThat(ed.residualScoreProperty().get()).startsWith("12 · High");
        ed.residualLikelihoodProperty().set(2);
        assertThat(ed.residualScoreProperty().get()).isEqualTo("8 · Medium  (Unlikely × Major)");
        assertThat(ed.standingProperty().get()).startsWith("Within tolerance");
        long before = demo.opened.register().changeLog().size();
        ed.save();
        assertThat(demo.opened.register().find(EntityKinds.RISK, "R-0002").orElseThrow().residual()).isEqualTo(new Rating(2, 4));
        assertThat(demo.opened.register().changeLog().size()).isEqualTo(before + 1);
        assertThat(risks.outOfTolerance()).extracting(RiskRow::id).doesNotContain("R-0002");
        demo.opened.history().undo();
        assertThat(demo.opened.register().find(EntityKinds.RISK, "R-0002").orElseThrow().residual()).isEqualTo(new Rating(3, 4));
    }

    @Test
    void theNoteUnderTheResidualMapNamesTheFirstUnratedRisksAndCountsTheRest() {
        sameFilter(null, null, null, true);
        heat.viewProperty().set(RatingView.RESIDUAL);
        int before = heat.mapProperty().get().unrated().size();
        assertThat(heat.unratedNoteProperty().get()).isEqualTo("1 risk has no residual rating yet and is not on the map: R-0005");
        for (int i = 0; i < 14; i++) { // new risks have no residual rating
            risks.newRisk();
            risks.editor().titleProperty().set("Unassessed risk " + i);
            risks.editor().save();
        }
        var unrated = heat.mapProperty().get().unrated();
        assertThat(unrated).hasSize(before + 14);
        String note = heat.unratedNoteProperty().get();
        assertThat(note).startsWith(unrated.size() + " risks have no residual rating yet and are not on the map: "
                + unrated.get(0).id() + ", ")
                .endsWith(", " + unrated.get(HeatMapViewModel.NAMED_UNRATED - 1).id() + " and "
                        + (unrated.size() - HeatMapViewModel.NAMED_UNRATED) + " more (the Risks list shows them all)")
                .doesNotContain(unrated.get(HeatMapViewModel.NAMED_UNRATED).id());
    }

    @Test
    void untilANewlyOpenedRegistersRisksAreReadTheBoardSaysItIsReading() {
        var later = new dev.steward.app.QueuedTaskRunner();
        RiskBoardModel board = new RiskBoardModel(later, demo.dialogs, new dev.steward.app.RiskService(dev.steward.ui.TestRiskPorts.clock()));
        assertThat(board.readingProperty().get()).isFalse(); // nothing open, nothing to read
        HeatMapViewModel map = new HeatMapViewModel(board);
        RisksViewModel table = new RisksViewModel(board, TestRiskPorts.create().threats());
        board.reload(demo.opened);
        assertThat(board.readingProperty().get()).isTrue();
        assertThat(board.board().risks()).isEmpty();
        assertThat(map.noteProperty().get()).isEqualTo("Reading the risks…");
        assertThat(map.outOfToleranceTitleProperty().get()).isEqualTo("Out of tolerance");
        assertThat(table.summaryProperty().get()).isEqualTo("Reading the risks…");
        later.runNext();
        assertThat(board.readingProperty().get()).isFalse();
        assertThat(board.board().risks()).hasSize(8);
        assertThat(map.noteProperty().get()).isEqualTo(map.unratedNoteProperty().get()).isNotEmpty();
        assertThat(map.outOfToleranceTitleProperty().get()).isEqualTo("Out of tolerance (" + map.outOfTolerance().size() + ")");
        assertThat(table.summaryProperty().get()).isEqualTo(table.rows().size() + " risks shown · "
                + table.outOfTolerance().size() + " out of tolerance in the register");
        board.reload(demo.opened); // a re-read after an edit keeps showing the board it has
        assertThat(board.readingProperty().get()).isFalse();
        later.runNext();
        board.reload(null);
        assertThat(board.readingProperty().get()).isFalse();
    }

    @Test
    void aNewRiskNeedsATitleAndGetsTheNextId() {
        risks.newRisk();
        assertThat(risks.editor().idProperty().get()).isEqualTo("R-0009");
        risks.editor().save();
        assertThat(demo.dialogs.shown).anyMatch(s -> s.contains("risk title"));
        risks.editor().titleProperty().set("Agent invents a refund policy");
        risks.editor().threats().add("owasp-llm-top10-2025:LLM09:2025");
        risks.editor().save();
        assertThat(demo.opened.register().find(EntityKinds.RISK, "R-0009")).get()
                .extracting(Risk::threatRefs).isEqualTo(List.of("owasp-llm-top10-2025:LLM09:2025"));
    }

    @Test
    void formalAcceptanceRecordsAnApprovalAndBringsTheRiskWithinUntilExpiry() {
        risks.selectedProperty().set(risks.rows().stream().filter(r -> r.id().equals("R-0006")).findFirst().orElseThrow());
        risks.accept("P-0009", "P-0007", TestRiskPorts.TODAY.plusDays(90), null);
        Risk r = demo.opened.register().find(EntityKinds.RISK, "R-0006").orElseThrow();
        assertThat(r.status()).isEqualTo(RiskStatus.ACCEPTED);
        assertThat(r.acceptance().expiry()).isEqualTo(TestRiskPorts.TODAY.plusDays(90));
        var approval = demo.opened.register().all(EntityKinds.APPROVAL).stream()
                .filter(a -> a.subject() == ApprovalSubject.RISK_ACCEPTANCE && a.subjectId().equals("R-0006")).findFirst().orElseThrow();
        assertThat(approval.decision()).isEqualTo(Decision.APPROVED);
        assertThat(approval.approverId()).isEqualTo("P-0007");
        assertThat(risks.outOfTolerance()).extracting(RiskRow::id).doesNotContain("R-0006");
    }

    @Test
    void nobodyAcceptsTheirOwnRequest() {
        risks.selectedProperty().set(risks.rows().stream().filter(r -> r.id().equals("R-0006")).findFirst().orElseThrow());
        risks.accept("P-0007", "P-0007", TestRiskPorts.TODAY.plusDays(90), null);
        assertThat(demo.dialogs.shown).anyMatch(s -> s.contains("segregation of duties"));
        assertThat(demo.opened.register().find(EntityKinds.RISK, "R-0006").orElseThrow().acceptance()).isNull();
    }
}
