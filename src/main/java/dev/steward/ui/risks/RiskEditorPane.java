package dev.steward.ui.risks;

import dev.steward.app.RiskBoard;
import dev.steward.app.Threat;
import dev.steward.domain.Agent;
import dev.steward.domain.Control;
import dev.steward.domain.Person;
import dev.steward.domain.RiskCategory;
import dev.steward.domain.RiskStatus;
import dev.steward.domain.Treatment;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

import java.util.ArrayList;
import java.util.List;

/** The risk page: every field of the risk, with scores, bands and tolerance standing computed live. */
final class RiskEditorPane extends ScrollPane {
    private final RisksViewModel vm;
    private final ObservableList<String> agentIds = FXCollections.observableArrayList();
    private final ObservableList<String> controlIds = FXCollections.observableArrayList();
    private final ObservableList<String> threatRefs = FXCollections.observableArrayList();
    private final ComboBox<String> category;
    private final ComboBox<String> owner;
    private final List<ComboBox<Integer>> levels = new ArrayList<>();

    RiskEditorPane(RisksViewModel vm, Runnable accept) {
        this.vm = vm;
        RiskEditorModel ed = vm.editor();
        RiskBoard[] board = {vm.model().board()};
        category = Choices.of("—", code -> board[0].categoryName(code) + " (" + code + ")");
        owner = Choices.of("No owner", id -> board[0].personName(id));
        category.valueProperty().bindBidirectional(ed.categoryProperty());
        owner.valueProperty().bindBidirectional(ed.ownerProperty());

        Label id = new Label();
        id.textProperty().bind(ed.idProperty());
        id.getStyleClass().add("section-title");
        TextField title = text(ed.titleProperty(), "riskTitle");
        GridPane form = new GridPane();
        form.setHgap(10);
        form.setVgap(8);
        int row = 0;
        form.addRow(row++, label("Title"), title);
        form.addRow(row++, label("Cause"), area(ed.causeProperty()));
        form.addRow(row++, label("Event"), area(ed.eventProperty()));
        form.addRow(row++, label("Consequence"), area(ed.consequenceProperty()));
        form.addRow(row++, label("Category"), category);
        form.addRow(row++, label("Owner"), owner);
        form.addRow(row++, label("Affected agents"), new PickList("riskAgents", ed.agents(), agentIds, x -> board[0].agentName(x) + " (" + x + ")", 3));
        form.addRow(row++, label("Inherent L × I"), ratingRow("inherent", ed.inherentLikelihoodProperty(), ed.inherentImpactProperty(), ed.inherentScoreProperty(), false));
        form.addRow(row++, label("Linked controls"), new PickList("riskControls", ed.controls(), controlIds, x -> x + " " + board[0].controlName(x), 3));
        form.addRow(row++, label("Residual L × I"), ratingRow("residual", ed.residualLikelihoodProperty(), ed.residualImpactProperty(), ed.residualScoreProperty(), true));
        Label standing = new Label();
        standing.setId("riskStanding");
        standing.textProperty().bind(ed.standingProperty());
        standing.setWrapText(true);
        ed.evaluationProperty().addListener((o, a, e) -> {
            standing.getStyleClass().removeAll("standing-out", "standing-ok");
            if (e != null) standing.getStyleClass().add(e.outOfTolerance() ? "standing-out" : "standing-ok");
        });
        form.addRow(row++, label("Tolerance"), standing);
        ComboBox<Treatment> treatment = Choices.ofEnum(Treatment.values());
        treatment.valueProperty().bindBidirectional(ed.treatmentProperty());
        form.addRow(row++, label("Treatment"), treatment);
        form.addRow(row++, label("Treatment plan"), area(ed.planProperty()));
        DatePicker due = dev.steward.ui.IsoDates.picker();
        due.valueProperty().bindBidirectional(ed.dueProperty());
        form.addRow(row++, label("Plan due"), due);
        ComboBox<RiskStatus> status = Choices.ofEnum(RiskStatus.values());
        status.valueProperty().bindBidirectional(ed.statusProperty());
        form.addRow(row++, label("Status"), status);
        Label acceptance = new Label();
        acceptance.textProperty().bind(ed.acceptanceProperty());
        acceptance.setWrapText(true);
        Button acceptButton = new Button("Accept formally…");
        acceptButton.setId("acceptRisk");
        acceptButton.setOnAction(e -> accept.run());
        acceptButton.disableProperty().bind(vm.selectedProperty().isNull());
        form.addRow(row++, label("Acceptance"), new VBox(6, acceptance, acceptButton));
        form.addRow(row++, label("Threat references"), new PickList("riskThreats", ed.threats(), threatRefs, vm::threatLabel, 4));
        form.getColumnConstraints().addAll(new javafx.scene.layout.ColumnConstraints(120),
                new javafx.scene.layout.ColumnConstraints(200, 420, Double.MAX_VALUE));

        Button save = new Button("Save");
        save.setId("saveRisk");
        save.setDefaultButton(true);
        save.setOnAction(e -> ed.save());
        Button revert = new Button("Revert");
        revert.setOnAction(e -> ed.revert());
        VBox page = new VBox(12, id, form, new HBox(8, save, revert));
        page.getStyleClass().add("risk-page");
        Label empty = new Label("Choose a risk in the table, or press New risk (Ctrl+Shift+N) to add one.");
        empty.getStyleClass().add("empty-state");
        empty.setPadding(new Insets(24));
        empty.setWrapText(true);
        setContent(ed.editingProperty().get() ? page : empty);
        ed.editingProperty().addListener((o, a, on) -> setContent(on ? page : empty));
        setFitToWidth(true);

        vm.model().boardProperty().addListener((o, a, b) -> {
            board[0] = b;
            fill(b);
        });
        vm.threatChoices().addListener((javafx.collections.ListChangeListener<Threat>) c ->
                threatRefs.setAll(vm.threatChoices().stream().map(Threat::ref).toList()));
        fill(board[0]);
    }

    private void fill(RiskBoard b) {
        Choices.fill(category, b.taxonomy().categories().stream().map(RiskCategory::code).toList(), false);
        Choices.fill(owner, b.people().stream().map(Person::id).toList(), true);
        agentIds.setAll(b.agents().stream().map(Agent::id).toList());
        controlIds.setAll(b.controls().stream().map(Control::id).toList());
        var labels = b.matrix();
        List<Integer> lv = new ArrayList<>();
        for (int i = 1; i <= labels.size(); i++) lv.add(i);
        for (ComboBox<Integer> box : levels) {
            Integer keep = box.getValue();
            box.getItems().setAll(lv);
            box.setValue(keep);
        }
        vm.editor().refreshChoices();
    }

    private Node ratingRow(String id, javafx.beans.property.ObjectProperty<Integer> l, javafx.beans.property.ObjectProperty<Integer> i,
                           javafx.beans.property.ReadOnlyStringProperty score, boolean optional) {
        ComboBox<Integer> lb = level(id + "Likelihood", l, "L"), ib = level(id + "Impact", i, "I");
        Label s = new Label();
        s.getStyleClass().add("computed");
        s.textProperty().bind(score);
        s.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        // A flow, not a row: in a narrow pane the button moves under the rating instead of squeezing
        // the level boxes until their values no longer show.
        javafx.scene.layout.FlowPane box = new javafx.scene.layout.FlowPane(8, 6, lb, new Label("×"), ib, s);
        box.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        if (optional) {
            Button clear = new Button("Not assessed");
            clear.setOnAction(e -> {
                l.set(null);
                i.set(null);
            });
            box.getChildren().add(clear);
        }
        return box;
    }

    private ComboBox<Integer> level(String id, javafx.beans.property.ObjectProperty<Integer> p, String prompt) {
        ComboBox<Integer> box = new ComboBox<>();
        box.setId(id);
        box.setPromptText(prompt);
        box.setPrefWidth(72);
        box.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE); // the level ("4") always shows
        box.valueProperty().bindBidirectional(p);
        levels.add(box);
        return box;
    }

    private static Label label(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("field-label");
        return l;
    }

    private static TextField text(javafx.beans.property.StringProperty p, String id) {
        TextField f = new TextField();
        f.setId(id);
        f.textProperty().bindBidirectional(p);
        return f;
    }

    private static TextArea area(javafx.beans.property.StringProperty p) {
        TextArea a = new TextArea();
        a.setPrefRowCount(2);
        a.setWrapText(true);
        a.textProperty().bindBidirectional(p);
        return a;
    }
}
