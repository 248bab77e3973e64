package dev.steward.ui.roadmap;

import dev.steward.domain.Phase;
import dev.steward.domain.TaskStatus;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/** The selected task's form: every field editable from the keyboard; Enter saves, Esc reverts. */
final class TaskEditorPane extends StackPane {
    private final TaskEditorModel model;
    private final TextField title = new TextField();

    TaskEditorPane(RoadmapViewModel vm, TaskEditorModel model) {
        this.model = model;
        getStyleClass().add("roadmap-side");
        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(8);
        form.getColumnConstraints().addAll(new ColumnConstraints(110), new ColumnConstraints(120, 260, Double.MAX_VALUE));
        GridPane.setHgrow(title, Priority.ALWAYS);
        title.setId("taskTitle");
        title.textProperty().bindBidirectional(model.title);
        ComboBox<Phase> phase = new ComboBox<>();
        phase.getItems().setAll(Phase.values());
        phase.setConverter(converter(Phase::title));
        phase.valueProperty().bindBidirectional(model.phase);
        ComboBox<String> owner = PersonChoice.of(vm.people(), model.ownerId);
        owner.setId("taskOwner");
        DatePicker start = dev.steward.ui.IsoDates.picker();
        start.valueProperty().bindBidirectional(model.start);
        start.setId("taskStart");
        DatePicker due = dev.steward.ui.IsoDates.picker();
        due.valueProperty().bindBidirectional(model.due);
        ComboBox<TaskStatus> status = new ComboBox<>();
        status.getItems().setAll(TaskStatus.values());
        status.setConverter(converter(s -> s.name().charAt(0) + s.name().substring(1).toLowerCase().replace('_', ' ')));
        status.valueProperty().bindBidirectional(model.status);
        TextField reason = field(model.blockedReason, "Why is it blocked? (required when blocked)");
        reason.disableProperty().bind(model.status.isNotEqualTo(TaskStatus.BLOCKED));
        TextArea description = new TextArea();
        description.setWrapText(true);
        description.setPrefRowCount(3);
        description.textProperty().bindBidirectional(model.description);
        int r = 0;
        form.addRow(r++, label("Title"), title);
        form.addRow(r++, label("Phase"), phase);
        form.addRow(r++, label("Owner"), owner);
        form.addRow(r++, label("Start"), start);
        form.addRow(r++, label("Due"), due);
        form.addRow(r++, label("Status"), status);
        form.addRow(r++, label("Blocked because"), reason);
        form.addRow(r++, label("Depends on"), field(model.dependencies, "Task ids, e.g. T-0003, T-0004"));
        form.addRow(r++, label("Controls"), field(model.controls, "Control ids, e.g. C-0001"));
        form.addRow(r++, label("Agents"), field(model.agents, "Agent ids, e.g. AG-0001"));
        form.addRow(r++, label("Evidence"), field(model.evidence, "Evidence ids, e.g. EV-0001"));
        form.addRow(r++, label("Proved done by"), field(model.evidenceKind, "The kind of evidence that proves it done"));
        form.addRow(r, label("Description"), description);
        for (var n : form.getChildren()) if (n instanceof ComboBox<?> || n instanceof DatePicker) ((javafx.scene.layout.Region) n).setMaxWidth(Double.MAX_VALUE);

        Button save = new Button("Save");
        save.setId("saveTask");
        save.setDefaultButton(true);
        save.setOnAction(e -> model.save());
        Button revert = new Button("Revert");
        revert.setOnAction(e -> model.revert());
        Button remove = new Button("Remove task…");
        remove.setOnAction(e -> vm.remove(model.editingIdProperty().get()));
        Label heading = new Label();
        heading.getStyleClass().add("roadmap-side-title");
        heading.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> model.editingIdProperty().get() == null ? "" : "Task " + model.editingIdProperty().get(),
                model.editingIdProperty()));
        VBox editor = new VBox(10, heading, form, new HBox(8, save, revert, remove));
        editor.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                model.revert();
                e.consume();
            }
        });
        ScrollPane scroll = new ScrollPane(editor);
        scroll.setFitToWidth(true);
        Label empty = new Label("Select a task in the chart — click it, or use ↑ and ↓ — to edit it here. "
                + "Ctrl+← and Ctrl+→ move it by a working day; Ctrl+Shift+← and → change its due date; Ctrl+Z undoes.");
        empty.setWrapText(true);
        empty.getStyleClass().add("roadmap-hint");
        empty.setPadding(new Insets(12));
        scroll.visibleProperty().bind(model.editingIdProperty().isNotNull());
        empty.visibleProperty().bind(model.editingIdProperty().isNull());
        getChildren().addAll(empty, scroll);
    }

    void focusEditor() {
        title.requestFocus();
    }

    private static Label label(String text) {
        Label l = new Label(text);
        l.setMinWidth(100);
        return l;
    }

    private static TextField field(javafx.beans.property.StringProperty p, String prompt) {
        TextField f = new TextField();
        f.setPromptText(prompt);
        f.textProperty().bindBidirectional(p);
        return f;
    }

    static <T> StringConverter<T> converter(java.util.function.Function<T, String> show) {
        return new StringConverter<>() {
            @Override
            public String toString(T t) {
                return t == null ? "" : show.apply(t);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        };
    }
}
