package dev.steward.ui.incidents;

import dev.steward.domain.IncidentStatus;
import dev.steward.domain.Severity;
import dev.steward.ui.agents.Fields;
import dev.steward.ui.agents.Tags;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import java.util.function.Function;

/** The incident register: a filterable table above the selected incident's form and timeline. */
public final class IncidentsView extends BorderPane {

    public IncidentsView(IncidentsViewModel vm) {
        getStylesheets().add(Tags.CSS);
        setPadding(new Insets(16));
        Label heading = new Label("Incidents");
        heading.getStyleClass().add("section-title");
        TextField filter = new TextField();
        filter.setId("incidentFilter");
        filter.setPromptText("Filter by id, title, agent, severity, status or words of the description");
        filter.textProperty().bindBidirectional(vm.filterProperty());
        HBox.setHgrow(filter, Priority.ALWAYS);
        Button add = new Button("New incident");
        add.setId("newIncident");
        add.setOnAction(e -> vm.startNew());
        HBox bar = new HBox(12, heading, filter, add);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(0, 0, 12, 0));
        setTop(bar);

        SplitPane split = new SplitPane(table(vm), form(vm));
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.38);
        setCenter(split);
    }

    private static TableView<IncidentsViewModel.Row> table(IncidentsViewModel vm) {
        TableView<IncidentsViewModel.Row> table = new TableView<>(vm.rows());
        table.setId("incidentsTable");
        table.setStyle("-fx-font-size: 14px;");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(col("Id", 85, r -> r.incident().id()));
        TableColumn<IncidentsViewModel.Row, String> detected = col(dev.steward.ui.ZoneNames.header("Detected", vm.zoneName()), 145, IncidentsViewModel.Row::detected);
        detected.setMinWidth(145); // a date and time, never cut
        table.getColumns().add(detected);
        table.getColumns().add(tagColumn("Severity", r -> r.incident().severity(), Tags::words, Tags::tone));
        table.getColumns().add(tagColumn("Status", r -> r.incident().status(), Tags::words, Tags::tone));
        TableColumn<IncidentsViewModel.Row, String> title = col("Title", 320, r -> r.incident().title());
        title.setMinWidth(200);
        table.getColumns().add(title);
        TableColumn<IncidentsViewModel.Row, String> agents = col("Agents", 180, IncidentsViewModel.Row::agents);
        agents.setMinWidth(100);
        table.getColumns().add(agents);
        TableColumn<IncidentsViewModel.Row, IncidentsViewModel.Row> report = new TableColumn<>("EU AI Act Art. 73");
        report.setPrefWidth(340);
        report.setMinWidth(340); // "Report by 2026-11-25 · 12 days overdue" in bold, never cut
        report.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        report.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(IncidentsViewModel.Row row, boolean empty) {
                super.updateItem(row, empty);
                setText(empty || row == null ? null : row.reporting().isEmpty() ? "—" : row.reporting());
                // Colour carries meaning only beside the words that say it.
                setStyle(!empty && row != null && row.reportingAlert() ? "-fx-text-fill: -color-danger-fg; -fx-font-weight: bold;" : "");
            }
        });
        table.getColumns().add(report);
        table.setPlaceholder(dev.steward.ui.Reading.placeholder(vm.readingProperty(), "Reading the incidents…",
                "No incidents recorded — use New incident when an agent does or suffers something that needs a response."));
        table.getSelectionModel().selectedItemProperty().addListener((o, a, row) -> {
            if (row != null && row != vm.selectedProperty().get()) vm.selectedProperty().set(row);
        });
        vm.selectedProperty().addListener((o, a, row) -> {
            if (row == null) table.getSelectionModel().clearSelection();
            else if (table.getSelectionModel().getSelectedItem() != row) table.getSelectionModel().select(row);
        });
        return table;
    }

    private static Node form(IncidentsViewModel vm) {
        Label heading = new Label();
        heading.getStyleClass().add("title-4");
        heading.textProperty().bind(vm.headingProperty());

        GridPane left = grid();
        TextField title = new TextField();
        title.setId("incidentTitle");
        title.textProperty().bindBidirectional(vm.title);
        ComboBox<String> severity = Fields.choice(vm.severity, Severity.class, null, Tags::words);
        severity.setId("incidentSeverity");
        DatePicker day = dev.steward.ui.IsoDates.picker();
        day.setId("incidentDetectedOn");
        day.valueProperty().bindBidirectional(vm.detectedOn);
        TextField time = new TextField();
        time.setId("incidentDetectedTime");
        time.setPromptText("HH:mm");
        time.setPrefColumnCount(5);
        time.textProperty().bindBidirectional(vm.detectedTime);
        CheckBox serious = new CheckBox("Serious incident (EU AI Act Art. 3(49))");
        serious.setId("incidentSerious");
        serious.selectedProperty().bindBidirectional(vm.serious);
        Label reporting = new Label();
        reporting.setWrapText(true);
        reporting.textProperty().bind(vm.reportingProperty());
        reporting.visibleProperty().bind(vm.reportingProperty().isNotEmpty());
        reporting.managedProperty().bind(reporting.visibleProperty());
        ComboBox<String> status = Fields.choice(vm.status, IncidentStatus.class, null, Tags::words);
        status.setId("incidentStatus");
        TextArea description = area(vm.description, 3);
        left.addRow(0, new Label("Title"), title);
        left.addRow(1, new Label("Severity"), severity);
        left.addRow(2, new Label("Detected"), new HBox(8, day, time));
        left.addRow(3, new Label("Agents"), ids(vm, vm.agentIds, vm.agents(), "incidentAgents", "add an agent…"));
        left.addRow(4, new Label("Status"), status);
        left.addRow(5, new Label(""), new VBox(4, serious, reporting));
        left.addRow(6, new Label("What happened"), description);

        GridPane right = grid();
        right.addRow(0, new Label("Root cause"), area(vm.rootCause, 2));
        right.addRow(1, new Label("Lessons learned"), area(vm.lessons, 2));
        right.addRow(2, new Label("Linked risks"), ids(vm, vm.riskIds, vm.risks(), "incidentRisks", "add a risk…"));
        right.addRow(3, new Label("Linked controls"), ids(vm, vm.controlIds, vm.controls(), "incidentControls", "add a control…"));

        Button save = new Button("Save incident");
        save.setId("saveIncident");
        save.getStyleClass().add("accent");
        save.disableProperty().bind(vm.canSaveProperty().not());
        save.setOnAction(e -> vm.save());
        Label problem = new Label();
        problem.setId("incidentProblem");
        problem.setWrapText(true);
        problem.setStyle("-fx-text-fill: -color-danger-fg;");
        problem.textProperty().bind(vm.problemProperty());
        HBox actions = new HBox(12, save, problem);
        actions.setAlignment(Pos.CENTER_LEFT);

        HBox columns = new HBox(32, left, right);
        HBox.setHgrow(left, Priority.ALWAYS);
        HBox.setHgrow(right, Priority.ALWAYS);
        VBox details = new VBox(10, heading, columns, actions, timeline(vm));
        details.setPadding(new Insets(12));
        // Ctrl+S saves, as in the agent page.
        details.setOnKeyPressed(e -> {
            if (new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN).match(e) && vm.canSaveProperty().get()) {
                vm.save();
                e.consume();
            }
        });
        ScrollPane scroll = new ScrollPane(details);
        scroll.setFitToWidth(true);
        return scroll;
    }

    private static Node timeline(IncidentsViewModel vm) {
        Label heading = new Label("Timeline");
        heading.getStyleClass().add("title-4");
        ListView<String> list = new ListView<>(vm.timeline());
        list.setId("incidentTimeline");
        list.setPrefHeight(150);
        list.setPlaceholder(new Label("No entries yet. Save the incident, then record what was done and when."));
        TextField at = new TextField();
        at.setPromptText("now, or 2026-11-20 14:30");
        at.setPrefColumnCount(17);
        at.textProperty().bindBidirectional(vm.entryAt);
        TextField text = new TextField();
        text.setId("incidentEntry");
        text.setPromptText("What was done or learned (for example: agent suspended; authority notified)");
        text.textProperty().bindBidirectional(vm.entryText);
        text.setOnAction(e -> vm.addEntry());
        HBox.setHgrow(text, Priority.ALWAYS);
        Button add = new Button("Add entry");
        add.setId("addIncidentEntry");
        add.disableProperty().bind(vm.canAddEntryProperty().not());
        add.setOnAction(e -> vm.addEntry());
        HBox entry = new HBox(8, at, text, add);
        entry.setAlignment(Pos.CENTER_LEFT);
        return new VBox(6, heading, list, entry);
    }

    /** A list of ids to type in, with a picker beside it that adds one. */
    private static Node ids(IncidentsViewModel vm, StringProperty property, ObservableList<IncidentsViewModel.Choice> choices, String id,
                            String prompt) {
        TextField field = new TextField();
        field.setId(id);
        field.setPromptText("ids, separated by commas");
        field.textProperty().bindBidirectional(property);
        HBox.setHgrow(field, Priority.ALWAYS);
        ComboBox<String> picker = new ComboBox<>();
        picker.setPromptText(prompt);
        picker.setPrefWidth(200);
        picker.setConverter(Fields.converter(vm.labeller(choices)));
        choices.addListener((javafx.collections.ListChangeListener<IncidentsViewModel.Choice>) c ->
                picker.getItems().setAll(choices.stream().map(IncidentsViewModel.Choice::id).toList()));
        picker.setOnAction(e -> {
            String chosen = picker.getValue();
            if (chosen == null) return;
            IncidentsViewModel.append(property, chosen);
            javafx.application.Platform.runLater(() -> picker.setValue(null));
        });
        HBox box = new HBox(8, field, picker);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    private static TextArea area(StringProperty property, int rows) {
        TextArea area = new TextArea();
        area.setPrefRowCount(rows);
        area.setWrapText(true);
        area.textProperty().bindBidirectional(property);
        return area;
    }

    private static GridPane grid() {
        GridPane g = new GridPane();
        g.getColumnConstraints().addAll(new ColumnConstraints(120), new ColumnConstraints(200, 420, Double.MAX_VALUE, Priority.ALWAYS, null, true));
        g.setHgap(12);
        g.setVgap(8);
        return g;
    }

    private static <E extends Enum<E>> TableColumn<IncidentsViewModel.Row, E> tagColumn(String title,
            Function<IncidentsViewModel.Row, E> value, Function<E, String> text, Function<E, String> tone) {
        TableColumn<IncidentsViewModel.Row, E> c = new TableColumn<>(title);
        c.setPrefWidth(110);
        c.setMinWidth(110);
        c.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        c.setCellFactory(x -> Tags.cell(text, tone));
        return c;
    }

    private static TableColumn<IncidentsViewModel.Row, String> col(String title, double width,
                                                                   Function<IncidentsViewModel.Row, String> v) {
        TableColumn<IncidentsViewModel.Row, String> c = new TableColumn<>(title);
        c.setPrefWidth(width);
        c.setMinWidth(Math.min(width, 120));
        c.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(v.apply(cell.getValue())));
        c.setCellFactory(x -> dev.steward.ui.TextCells.withTooltip());
        return c;
    }
}
