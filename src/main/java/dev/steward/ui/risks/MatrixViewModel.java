package dev.steward.ui.risks;

import dev.steward.domain.scoring.BandColour;
import dev.steward.domain.scoring.MatrixChange;
import dev.steward.domain.scoring.ScoreBand;
import dev.steward.domain.scoring.ScoringMatrix;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.ArrayList;
import java.util.List;

/**
 * Scoring matrix settings: size, level labels and score bands. Applying shows what the change does
 * to stored ratings and tolerances and asks before doing it; nothing is re-mapped silently.
 */
public final class MatrixViewModel {
    private final RiskBoardModel model;
    private final IntegerProperty size = new SimpleIntegerProperty(5);
    private final ObservableList<String> likelihoodLabels = FXCollections.observableArrayList();
    private final ObservableList<String> impactLabels = FXCollections.observableArrayList();
    private final ObservableList<ScoreBand> bands = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");

    public MatrixViewModel(RiskBoardModel model) {
        this.model = model;
        model.boardProperty().addListener((o, a, b) -> reset());
        size.addListener((o, a, b) -> resize(a.intValue(), b.intValue()));
        reset();
    }

    /** Back to what the register holds. */
    public void reset() {
        ScoringMatrix m = model.board().matrix();
        size.set(m.size());
        likelihoodLabels.setAll(m.likelihoodLabels());
        impactLabels.setAll(m.impactLabels());
        bands.setAll(m.bands());
        status.set("");
    }

    /** A new size gets proposed labels and bands the user can then edit. */
    private void resize(int from, int to) {
        if (likelihoodLabels.size() == to) return;
        ScoringMatrix stored = model.board().matrix();
        if (stored.size() == to) {
            likelihoodLabels.setAll(stored.likelihoodLabels());
            impactLabels.setAll(stored.impactLabels());
            bands.setAll(stored.bands());
            return;
        }
        likelihoodLabels.setAll(levels("Likelihood", to));
        impactLabels.setAll(levels("Impact", to));
        bands.setAll(proposedBands(to));
    }

    static List<String> levels(String what, int n) {
        List<String> out = new ArrayList<>();
        for (int i = 1; i <= n; i++) out.add(what + " " + i);
        return out;
    }

    /** Four bands at the same shares of the range as the default 5x5 (up to 16%, 36%, 64%, beyond). */
    static List<ScoreBand> proposedBands(int n) {
        int max = n * n;
        int low = Math.max(1, Math.round(max * 0.16f)), medium = Math.max(low + 1, Math.round(max * 0.36f)),
                high = Math.max(medium + 1, Math.round(max * 0.64f));
        return List.of(new ScoreBand("Low", 1, low, BandColour.GREEN), new ScoreBand("Medium", low + 1, medium, BandColour.AMBER),
                new ScoreBand("High", medium + 1, high, BandColour.ORANGE), new ScoreBand("Critical", high + 1, max, BandColour.RED));
    }

    public ScoringMatrix draft() {
        return new ScoringMatrix(ScoringMatrix.ID, size.get(), List.copyOf(likelihoodLabels), List.copyOf(impactLabels),
                List.copyOf(bands));
    }

    /** Validates, shows the plan, asks, then applies matrix and re-mapping as one undoable edit. */
    public void apply() {
        ScoringMatrix next;
        try {
            next = draft();
        } catch (IllegalArgumentException e) {
            model.dialogs().showError("The scoring matrix cannot be saved", e.getMessage(), e);
            return;
        }
        var o = model.openedProperty().get();
        if (o == null) return;
        MatrixChange plan = model.service().planMatrix(o.register(), next);
        if (plan.resizes() && !model.dialogs().confirm("Re-map the register to " + next.size() + "×" + next.size() + "?",
                describe(plan))) return;
        model.edit("Cannot change the scoring matrix", x -> model.service().applyMatrix(x, plan),
                () -> status.set("Scoring matrix saved" + (plan.resizes() ? ": " + plan.risks().size() + " risks and "
                        + plan.tolerances().size() + " tolerances re-mapped. Undo (Ctrl+Z) restores them." : ".")));
    }

    static String describe(MatrixChange plan) {
        StringBuilder s = new StringBuilder("Every rating moves level by level from " + plan.from().size() + " to "
                + plan.to().size() + " levels (lowest stays lowest, highest stays highest); tolerances keep their share "
                + "of the score range.\n\n");
        plan.risks().forEach(r -> s.append(r.before().id()).append(": inherent ").append(r.before().inherent().likelihood())
                .append("×").append(r.before().inherent().impact()).append(" → ").append(r.after().inherent().likelihood())
                .append("×").append(r.after().inherent().impact()).append('\n'));
        plan.tolerances().forEach(t -> s.append(t.before().name()).append(": tolerance ").append(t.before().tolerance())
                .append(" → ").append(t.after().tolerance()).append('\n'));
        return s.toString();
    }

    public IntegerProperty sizeProperty() { return size; }
    public ObservableList<String> likelihoodLabels() { return likelihoodLabels; }
    public ObservableList<String> impactLabels() { return impactLabels; }
    public ObservableList<ScoreBand> bands() { return bands; }
    public ReadOnlyStringProperty statusProperty() { return status.getReadOnlyProperty(); }
}
