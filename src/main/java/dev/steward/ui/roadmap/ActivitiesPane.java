package dev.steward.ui.roadmap;

import dev.steward.domain.Cadence;
import dev.steward.domain.RecurringActivity;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The continuous cycle after day 90: the recurring activities (choose one to change it) and the
 * next dated occurrences. Adding, saving and removing are undoable edits like any other.
 */
final class ActivitiesPane extends VBox {

    ActivitiesPane(RoadmapViewModel vm) {
        super(10);
        getStyleClass().add("roadmap-side");
        ListView<RecurringActivity> list = new ListView<>();
        list.setId("activityList");
        list.setPrefHeight(190);
        list.setMinHeight(150);
        list.setCellFactory(v -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(RecurringActivity a, boolean empty) {
                super.updateItem(a, empty);
                setText(empty || a == null ? null : a.cadence().label() + " · " + a.title()
                        + (a.everyAgent() ? " (every agent)" : ""));
            }
        });
        list.setPlaceholder(new Label("No recurring activities yet: add the committee meeting, access reviews…"));
        vm.snapshotProperty().addListener((o, a, s) -> list.getItems().setAll(s == null ? java.util.List.of() : s.activities()));

        TextField title = new TextField();
        title.setPromptText("e.g. Governance committee meeting");
        ComboBox<Cadence> cadence = new ComboBox<>();
        cadence.getItems().setAll(Cadence.values());
        cadence.setConverter(TaskEditorPane.converter(Cadence::label));
        cadence.setValue(Cadence.MONTHLY);
        DatePicker first = dev.steward.ui.IsoDates.picker(vm.today());
        ComboBox<String> owner = PersonChoice.of(vm.people(), new javafx.beans.property.SimpleStringProperty());
        CheckBox everyAgent = new CheckBox("Covers every agent");
        list.getSelectionModel().selectedItemProperty().addListener((o, a, act) -> {
            if (act == null) return;
            title.setText(act.title());
            cadence.setValue(act.cadence());
            first.setValue(act.firstDate());
            owner.setValue(act.ownerId());
            everyAgent.setSelected(act.everyAgent());
        });
        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(8);
        form.getColumnConstraints().addAll(new javafx.scene.layout.ColumnConstraints(80),
                new javafx.scene.layout.ColumnConstraints(120, 240, Double.MAX_VALUE));
        form.addRow(0, new Label("Activity"), title);
        form.addRow(1, new Label("Cadence"), cadence);
        form.addRow(2, new Label("First on"), first);
        form.addRow(3, new Label("Owner"), owner);
        form.add(everyAgent, 1, 4);
        GridPane.setHgrow(title, Priority.ALWAYS);
        Button add = new Button("Add as new");
        add.setOnAction(e -> vm.addActivity(title.getText(), cadence.getValue(), first.getValue(), owner.getValue(),
                everyAgent.isSelected()));
        Button save = new Button("Save changes");
        save.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        save.setOnAction(e -> {
            RecurringActivity a = list.getSelectionModel().getSelectedItem();
            vm.saveActivity(a.withSchedule(cadence.getValue(), first.getValue(), a.until())
                    .withDetails(title.getText(), a.description(), owner.getValue(), everyAgent.isSelected(), a.evidenceKind()));
        });
        Button remove = new Button("Remove");
        remove.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        remove.setOnAction(e -> vm.removeActivity(list.getSelectionModel().getSelectedItem().id()));

        ListView<RoadmapViewModel.OccurrenceRow> upcoming = new ListView<>();
        upcoming.setId("upcomingList");
        upcoming.setCellFactory(v -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(RoadmapViewModel.OccurrenceRow o, boolean empty) {
                super.updateItem(o, empty);
                setText(empty || o == null ? null : o.occurrence().date().format(GanttChart.DAY_MONTH) + " "
                        + o.occurrence().date().getYear() + "  ·  " + o.label() + "  ·  " + o.ownerName());
            }
        });
        vm.occurrences().addListener((javafx.collections.ListChangeListener<RoadmapViewModel.OccurrenceRow>) c ->
                upcoming.getItems().setAll(vm.occurrences().stream()
                        .filter(o -> !o.occurrence().date().isBefore(vm.today())).limit(30).toList()));
        VBox.setVgrow(upcoming, Priority.ALWAYS);
        Label t1 = new Label("Recurring activities");
        t1.getStyleClass().add("roadmap-side-title");
        Label t2 = new Label("Coming up");
        t2.getStyleClass().add("roadmap-side-title");
        getChildren().addAll(t1, list, form, new HBox(8, add, save, remove), t2, upcoming);
    }
}
