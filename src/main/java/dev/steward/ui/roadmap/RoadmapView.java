package dev.steward.ui.roadmap;

import dev.steward.app.RoadmapProgress;
import dev.steward.domain.Phase;
import dev.steward.domain.roadmap.Tally;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextInputDialog;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The roadmap section: progress in the header, the Gantt chart, and beside it the selected task's
 * editor and the recurring activities. Without a programme it offers to start one.
 */
public final class RoadmapView extends BorderPane {
    private final RoadmapViewModel vm;
    private final GanttChart chart;
    private final ScrollPane scroll;
    private final ToggleButton details = new ToggleButton("Details");

    public RoadmapView(RoadmapViewModel vm) {
        this.vm = vm;
        getStylesheets().add(RoadmapView.class.getResource("/dev/steward/ui/roadmap.css").toExternalForm());
        chart = new GanttChart(vm);
        scroll = new ScrollPane(chart);
        scroll.setId("ganttScroll");
        scroll.hvalueProperty().addListener((o, a, b) -> pin());
        scroll.viewportBoundsProperty().addListener((o, a, b) -> pin());
        chart.widthProperty().addListener((o, a, b) -> pin());

        TaskEditorModel editor = new TaskEditorModel(vm);
        TaskEditorPane editorPane = new TaskEditorPane(vm, editor);
        TabPane side = new TabPane(new Tab("Task", editorPane), new Tab("Recurring", new ActivitiesPane(vm)));
        side.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        side.setMinWidth(340);
        SplitPane split = new SplitPane(scroll);
        // The details open beside the chart when wanted, so the chart has the width on a projector.
        details.selectedProperty().addListener((o, was, open) -> {
            if (open && !split.getItems().contains(side)) {
                split.getItems().add(side);
                split.setDividerPositions(0.7);
            } else if (!open) {
                split.getItems().remove(side);
            }
        });
        vm.selectedIdProperty().addListener((o, a, id) -> {
            if (id != null) details.setSelected(true);
        });
        GanttKeys.onOpen(chart, () -> {
            details.setSelected(true);
            side.getSelectionModel().select(0);
            editorPane.focusEditor();
        });

        StartProgrammePane start = new StartProgrammePane(vm, true);
        ScrollPane startScroll = new ScrollPane(start);
        startScroll.setFitToWidth(true);
        startScroll.visibleProperty().bind(vm.emptyProperty());
        split.visibleProperty().bind(vm.emptyProperty().not());
        setTop(header());
        setCenter(new StackPane(split, startScroll));

        Runnable redraw = () -> {
            chart.redraw();
            pin();
        };
        vm.snapshotProperty().addListener((o, a, b) -> {
            boolean first = a == null;
            redraw.run();
            if (first) javafx.application.Platform.runLater(this::scrollToToday);
        });
        vm.zoomProperty().addListener((o, a, b) -> redraw.run());
        vm.selectedIdProperty().addListener((o, a, b) -> redraw.run());
    }

    private void pin() {
        double hidden = Math.max(0, chart.getWidth() - scroll.getViewportBounds().getWidth());
        chart.pinLabels(scroll.getHvalue() * hidden);
    }

    private VBox header() {
        Label heading = new Label("Roadmap");
        heading.getStyleClass().add("title-2");
        heading.setMinWidth(Region.USE_PREF_SIZE);
        Label progress = new Label();
        progress.setId("roadmapProgress");
        progress.getStyleClass().add("roadmap-progress");
        progress.textProperty().bind(Bindings.createStringBinding(() -> describe(vm.progressProperty().get()),
                vm.progressProperty()));
        ToggleGroup zoom = new ToggleGroup();
        ToggleButton week = zoomButton("Weeks", RoadmapViewModel.Zoom.WEEK, zoom);
        ToggleButton month = zoomButton("Months", RoadmapViewModel.Zoom.MONTH, zoom);
        Button today = new Button("Today");
        today.setOnAction(e -> scrollToToday());
        Button add = new Button("Add…");
        add.setOnAction(e -> addTask());
        Button restart = new Button("Restart…");
        restart.setOnAction(e -> restart());
        add.disableProperty().bind(vm.emptyProperty());
        restart.disableProperty().bind(vm.emptyProperty());
        details.setId("roadmapDetails");
        HBox phases = new HBox(10);
        vm.progressProperty().addListener((o, a, p) -> fillPhases(phases, p));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox tools = new HBox(8, week, month, today, add, restart, details);
        tools.setAlignment(Pos.CENTER_RIGHT);
        tools.setMinWidth(Region.USE_PREF_SIZE);
        HBox top = new HBox(20, heading, progress, spacer, tools);
        top.setAlignment(Pos.CENTER_LEFT);
        Label day = new Label();
        day.getStyleClass().add("roadmap-progress");
        day.textProperty().bind(Bindings.createStringBinding(() -> when(vm.progressProperty().get()), vm.progressProperty()));
        HBox second = new HBox(16, phases, day);
        second.setAlignment(Pos.CENTER_LEFT);
        Label message = new Label();
        message.setId("roadmapMessage");
        message.setWrapText(true);
        message.textProperty().bind(vm.messageProperty());
        message.getStyleClass().add("roadmap-message");
        VBox box = new VBox(8, top, second);
        box.getStyleClass().add("roadmap-header");
        return new VBox(box, message);
    }

    private static String describe(RoadmapProgress p) {
        if (p == null || !p.hasProgramme()) return "No 90-day programme yet";
        return "Overall " + p.headline();
    }

    private static String when(RoadmapProgress p) {
        if (p == null || !p.hasProgramme()) return "";
        long day = p.dayOfProgramme();
        return day < 1 ? "Starts " + p.planStart() : day <= 84 ? "Day " + day + " of 84" : "After day 90: continuous cycle";
    }

    private static void fillPhases(HBox phases, RoadmapProgress p) {
        phases.getChildren().clear();
        if (p == null || !p.hasProgramme()) return;
        for (Phase phase : Phase.values()) {
            Tally t = p.phase(phase);
            Label title = new Label(phase.title());
            title.getStyleClass().add("phase-chip-title");
            ProgressBar bar = new ProgressBar(t.total() == 0 ? 0 : (double) t.done() / t.total());
            Label detail = new Label(t.describe());
            detail.getStyleClass().add("phase-chip-detail");
            if (t.late() > 0) detail.getStyleClass().add("gantt-late-text");
            HBox line = new HBox(8, bar, detail);
            line.setAlignment(Pos.CENTER_LEFT);
            VBox chip = new VBox(title, line);
            chip.getStyleClass().add("phase-chip");
            phases.getChildren().add(chip);
        }
    }

    private ToggleButton zoomButton(String text, RoadmapViewModel.Zoom z, ToggleGroup group) {
        ToggleButton b = new ToggleButton(text);
        b.setToggleGroup(group);
        b.setSelected(vm.zoomProperty().get() == z);
        b.setOnAction(e -> {
            vm.zoomProperty().set(z);
            b.setSelected(true);
        });
        return b;
    }

    private void scrollToToday() {
        GanttScale s = chart.scale();
        if (s == null) return;
        double hidden = chart.getWidth() - scroll.getViewportBounds().getWidth();
        if (hidden <= 0) return;
        double x = s.x(vm.today()) - GanttChart.LABEL_WIDTH - scroll.getViewportBounds().getWidth() * 0.3;
        scroll.setHvalue(Math.max(0, Math.min(1, x / hidden)));
    }

    private void addTask() {
        TextInputDialog d = new TextInputDialog();
        d.setTitle("Add a task");
        d.setHeaderText("The new task's title (it starts in the phase of the selected task, for 5 working days)");
        d.initOwner(getScene().getWindow());
        d.showAndWait().filter(t -> !t.isBlank()).ifPresent(title -> {
            Phase phase = vm.row(vm.selectedIdProperty().get()).map(r -> r.task().phase()).orElse(Phase.FOUNDATION);
            vm.addTask(phase, title);
        });
    }

    private void restart() {
        Dialog<ButtonType> d = new Dialog<>();
        d.setTitle("Start the programme again");
        d.initOwner(getScene().getWindow());
        d.getDialogPane().setContent(new StartProgrammePane(vm, false));
        d.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        d.showAndWait().filter(b -> b == ButtonType.OK).ifPresent(b -> vm.startProgramme());
    }
}
