package dev.steward.ui.risks;

import dev.steward.app.EntityKinds;
import dev.steward.domain.Rating;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class TaxonomyAndMatrixViewModelTest {
    @TempDir
    Path dir;

    @Test
    void raisingAToleranceReEvaluatesEveryRisk() {
        try (DemoRisks demo = new DemoRisks(dir)) {
            TaxonomyViewModel vm = new TaxonomyViewModel(demo.board);
            int outBefore = demo.board.board().outOfTolerance().size();
            vm.selectedProperty().set(vm.categories().stream().filter(c -> c.code().equals("IAM")).findFirst().orElseThrow());
            vm.toleranceProperty().set(16);
            vm.save();
            assertThat(demo.opened.register().find(EntityKinds.CATEGORY, "IAM").orElseThrow().tolerance()).isEqualTo(16);
            assertThat(demo.board.board().outOfTolerance()).hasSize(outBefore - 1); // R-0003 at 15 is now within
            assertThat(vm.messageProperty().get()).contains("re-evaluated").contains("(was " + outBefore + ")");
        }
    }

    @Test
    void shrinkingTheMatrixAsksThenReMapsRatingsAndTolerancesAsOneUndoableEdit() {
        try (DemoRisks demo = new DemoRisks(dir)) {
            MatrixViewModel vm = new MatrixViewModel(demo.board);
            vm.sizeProperty().set(3);
            demo.dialogs.confirmAnswer = false;
            vm.apply();
            assertThat(demo.dialogs.shown).anyMatch(s -> s.startsWith("confirm: Re-map the register to 3×3"));
            assertThat(demo.opened.register().find(EntityKinds.SCORING_MATRIX, "default")).isEmpty();
            demo.dialogs.confirmAnswer = true;
            vm.apply();
            assertThat(demo.opened.register().find(EntityKinds.SCORING_MATRIX, "default").orElseThrow().size()).isEqualTo(3);
            assertThat(demo.opened.register().find(EntityKinds.RISK, "R-0001").orElseThrow().inherent()).isEqualTo(new Rating(2, 3));
            assertThat(demo.board.board().risks()).allMatch(r -> demo.board.board().matrix().fits(r.inherent()));
            demo.opened.history().undo();
            assertThat(demo.opened.register().find(EntityKinds.RISK, "R-0001").orElseThrow().inherent()).isEqualTo(new Rating(3, 5));
            assertThat(demo.opened.register().find(EntityKinds.SCORING_MATRIX, "default")).isEmpty();
        }
    }
}
