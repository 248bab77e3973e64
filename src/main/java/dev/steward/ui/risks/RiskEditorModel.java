package dev.steward.ui.risks;

import dev.steward.app.RiskBoard;
import dev.steward.domain.Ids;
import dev.steward.domain.Rating;
import dev.steward.domain.Risk;
import dev.steward.domain.RiskStatus;
import dev.steward.domain.Treatment;
import dev.steward.domain.scoring.RiskEvaluation;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.time.LocalDate;
import java.util.List;

/**
 * The risk page being edited: one property per field, the scores, bands and tolerance standing
 * computed live from the ratings (never typed), and Save, which builds the record (its constructor
 * validates) and stores it as one edit.
 */
public final class RiskEditorModel {
    private final RiskBoardModel model;
    private Risk original;
    private final BooleanProperty editing = new SimpleBooleanProperty(false);
    private final ReadOnlyStringWrapper id = new ReadOnlyStringWrapper("");
    private final StringProperty title = new SimpleStringProperty("");
    private final StringProperty cause = new SimpleStringProperty("");
    private final StringProperty event = new SimpleStringProperty("");
    private final StringProperty consequence = new SimpleStringProperty("");
    private final ObjectProperty<String> category = new SimpleObjectProperty<>();
    private final ObjectProperty<String> owner = new SimpleObjectProperty<>();
    private final ObjectProperty<Integer> inherentL = new SimpleObjectProperty<>(3);
    private final ObjectProperty<Integer> inherentI = new SimpleObjectProperty<>(3);
    private final ObjectProperty<Integer> residualL = new SimpleObjectProperty<>();
    private final ObjectProperty<Integer> residualI = new SimpleObjectProperty<>();
    private final ObjectProperty<Treatment> treatment = new SimpleObjectProperty<>();
    private final StringProperty plan = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> due = new SimpleObjectProperty<>();
    private final ObjectProperty<RiskStatus> status = new SimpleObjectProperty<>(RiskStatus.OPEN);
    private final ObservableList<String> agents = FXCollections.observableArrayList();
    private final ObservableList<String> controls = FXCollections.observableArrayList();
    private final ObservableList<String> threats = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper inherentScore = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper residualScore = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper standing = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper acceptance = new ReadOnlyStringWrapper("");
    private final ObjectProperty<RiskEvaluation> evaluation = new SimpleObjectProperty<>();

    RiskEditorModel(RiskBoardModel model) {
        this.model = model;
        for (Observable o : new Observable[]{inherentL, inherentI, residualL, residualI, category, treatment, plan, due, status}) {
            o.addListener(x -> evaluate());
        }
    }

    void load(Risk r) {
        original = r;
        editing.set(r != null);
        if (r == null) return;
        id.set(r.id());
        title.set(r.title());
        cause.set(nz(r.cause()));
        event.set(nz(r.event()));
        consequence.set(nz(r.consequence()));
        category.set(r.categoryCode());
        owner.set(r.ownerId());
        agents.setAll(r.affectedAgentIds());
        controls.setAll(r.linkedControlIds());
        threats.setAll(r.threatRefs());
        inherentL.set(r.inherent().likelihood());
        inherentI.set(r.inherent().impact());
        residualL.set(r.residual() == null ? null : r.residual().likelihood());
        residualI.set(r.residual() == null ? null : r.residual().impact());
        treatment.set(r.treatment());
        plan.set(nz(r.treatmentPlan()));
        due.set(r.treatmentDue());
        status.set(r.status());
        evaluate();
    }

    void startNew() {
        RiskBoard b = model.board();
        load(null);
        original = null;
        id.set(Ids.next(Ids.RISK, b.risks().stream().map(Risk::id).toList()));
        for (StringProperty s : List.of(title, cause, event, consequence, plan)) s.set("");
        category.set(b.taxonomy().categories().isEmpty() ? null : b.taxonomy().categories().get(0).code());
        owner.set(null);
        agents.clear();
        controls.clear();
        threats.clear();
        int mid = (b.matrix().size() + 1) / 2;
        inherentL.set(mid);
        inherentI.set(mid);
        residualL.set(null);
        residualI.set(null);
        treatment.set(null);
        due.set(null);
        status.set(RiskStatus.OPEN);
        editing.set(true);
        evaluate();
    }

    void refreshChoices() {
        if (original != null) model.board().risk(original.id()).ifPresent(this::load);
        else evaluate();
    }

    /** Builds the risk from the fields; the record's constructor names any field that is wrong. */
    public Risk toRisk() {
        Rating residual = residualL.get() == null && residualI.get() == null ? null : rating(residualL.get(), residualI.get(), "residual");
        return new Risk(id.get(), title.get(), blank(cause.get()), blank(event.get()), blank(consequence.get()), category.get(),
                List.copyOf(agents), owner.get(), rating(inherentL.get(), inherentI.get(), "inherent"), List.copyOf(controls),
                residual, treatment.get(), blank(plan.get()), due.get(), status.get(),
                original == null ? null : original.acceptance(), List.copyOf(threats));
    }

    public void save() {
        Risk after;
        try {
            after = toRisk();
        } catch (IllegalArgumentException e) {
            model.dialogs().showError("The risk cannot be saved", e.getMessage(), e);
            return;
        }
        Risk before = original;
        if (after.equals(before)) return;
        model.edit("Cannot save the risk", o -> model.service().save(o, before, after), null);
        original = after;
    }

    public void revert() {
        if (original != null) load(original);
        else editing.set(false);
    }

    private void evaluate() {
        RiskBoard b = model.board();
        var m = b.matrix();
        inherentScore.set(describe(inherentL.get(), inherentI.get(), m));
        residualScore.set(residualL.get() == null || residualI.get() == null ? "Not assessed" : describe(residualL.get(), residualI.get(), m));
        try {
            Risk draft = toRisk();
            int tolerance = b.taxonomy().find(draft.categoryCode()).map(c -> c.tolerance()).orElse(1);
            RiskEvaluation e = RiskEvaluation.of(draft, tolerance, m, b.today());
            evaluation.set(e);
            standing.set(e.status().label() + " · score " + e.currentScore() + " against tolerance " + tolerance);
        } catch (IllegalArgumentException e) {
            evaluation.set(null);
            standing.set("Incomplete: " + e.getMessage());
        }
        var a = original == null ? null : original.acceptance();
        acceptance.set(a == null ? "No formal acceptance" : "Accepted by " + b.personName(a.approverId()) + " on " + a.date()
                + ", " + (a.isValidOn(b.today()) ? "valid" : b.today().isAfter(a.expiry()) ? "EXPIRED" : "not yet in force")
                + " until " + a.expiry());
    }

    static String describe(Integer l, Integer i, dev.steward.domain.scoring.ScoringMatrix m) {
        if (l == null || i == null || l > m.size() || i > m.size()) return "—";
        int score = l * i;
        return score + " · " + m.band(score).name() + "  (" + m.likelihoodLabel(l) + " × " + m.impactLabel(i) + ")";
    }

    private static Rating rating(Integer l, Integer i, String what) {
        if (l == null || i == null) throw new IllegalArgumentException(what + " rating needs both likelihood and impact");
        return new Rating(l, i);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    boolean isNew() {
        return original == null;
    }

    public BooleanProperty editingProperty() { return editing; }
    public ReadOnlyStringProperty idProperty() { return id.getReadOnlyProperty(); }
    public StringProperty titleProperty() { return title; }
    public StringProperty causeProperty() { return cause; }
    public StringProperty eventProperty() { return event; }
    public StringProperty consequenceProperty() { return consequence; }
    public ObjectProperty<String> categoryProperty() { return category; }
    public ObjectProperty<String> ownerProperty() { return owner; }
    public ObjectProperty<Integer> inherentLikelihoodProperty() { return inherentL; }
    public ObjectProperty<Integer> inherentImpactProperty() { return inherentI; }
    public ObjectProperty<Integer> residualLikelihoodProperty() { return residualL; }
    public ObjectProperty<Integer> residualImpactProperty() { return residualI; }
    public ObjectProperty<Treatment> treatmentProperty() { return treatment; }
    public StringProperty planProperty() { return plan; }
    public ObjectProperty<LocalDate> dueProperty() { return due; }
    public ObjectProperty<RiskStatus> statusProperty() { return status; }
    public ObservableList<String> agents() { return agents; }
    public ObservableList<String> controls() { return controls; }
    public ObservableList<String> threats() { return threats; }
    public ReadOnlyStringProperty inherentScoreProperty() { return inherentScore.getReadOnlyProperty(); }
    public ReadOnlyStringProperty residualScoreProperty() { return residualScore.getReadOnlyProperty(); }
    public ReadOnlyStringProperty standingProperty() { return standing.getReadOnlyProperty(); }
    public ReadOnlyStringProperty acceptanceProperty() { return acceptance.getReadOnlyProperty(); }
    public ObjectProperty<RiskEvaluation> evaluationProperty() { return evaluation; }
    RiskBoardModel model() { return model; }
}
