package dev.steward.ui.roadmap;

import dev.steward.app.RoadmapProgress;
import dev.steward.domain.Phase;
import dev.steward.domain.RecurringActivity;
import dev.steward.domain.roadmap.Tally;
import javafx.geometry.VPos;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Pane;
import javafx.scene.shape.Line;
import javafx.scene.shape.Polygon;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Text;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The Gantt chart, drawn with shapes: phases and their tasks as bars over the weeks, dependency
 * arrows, the today line, late and critical tasks marked in words as well as colour, and the
 * recurring activities' occurrences after day 90. Bars are dragged to move (or, by their right
 * edge, to change the due date) through {@link GanttDrag}; the task list column stays in view when
 * the chart scrolls sideways ({@link #pinLabels}).
 */
final class GanttChart extends Pane {
    static final double LABEL_WIDTH = 340;
    static final double HEADER = 64;
    static final double ROW = 44;
    static final double GROUP_ROW = 36;
    static final DateTimeFormatter DAY_MONTH = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);
    static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yyyy", Locale.ENGLISH);

    private final RoadmapViewModel vm;
    private final Group labels = new Group();
    private final Map<String, Double> rowY = new HashMap<>();
    private GanttScale scale;

    GanttChart(RoadmapViewModel vm) {
        this.vm = vm;
        getStyleClass().add("gantt");
        setId("gantt");
        setFocusTraversable(true);
        new GanttKeys(this, vm).install();
    }

    GanttScale scale() {
        return scale;
    }

    /** Keeps the label column at the left of the viewport while the chart scrolls sideways. */
    void pinLabels(double offsetX) {
        labels.setTranslateX(offsetX);
    }

    void redraw() {
        getChildren().clear();
        labels.getChildren().clear();
        rowY.clear();
        RoadmapSnapshot s = vm.snapshotProperty().get();
        if (s == null || s.tasks().isEmpty() && s.activities().isEmpty()) {
            setPrefSize(0, 0);
            return;
        }
        scale = new GanttScale(s.chartStart(), s.chartEnd(), LABEL_WIDTH + 16, vm.zoomProperty().get().pixelsPerDay);
        List<Node> grid = new ArrayList<>(), bars = new ArrayList<>(), arrows = new ArrayList<>();
        double y = HEADER;
        RoadmapProgress progress = s.progress();
        for (Phase phase : Phase.values()) {
            List<TaskRow> inPhase = vm.rows().stream().filter(r -> r.task().phase() == phase).toList();
            if (inPhase.isEmpty()) continue;
            y = groupRow(phase.title(), progress.phase(phase).describe(), y, grid);
            if (progress.hasProgramme()) bars.add(phaseBar(phase, progress, y - GROUP_ROW));
            for (TaskRow row : inPhase) {
                rowY.put(row.id(), y);
                grid.add(rowBackground(row.id(), y));
                Node label = GanttRows.taskLabel(row, y);
                label.setOnMouseClicked(e -> {
                    vm.selectedIdProperty().set(row.id());
                    requestFocus();
                });
                labels.getChildren().add(label);
                bars.add(new GanttDrag(this, vm, row, y).bar());
                y += ROW;
            }
        }
        for (TaskRow row : vm.rows()) {
            for (String dep : row.task().dependencyIds()) {
                vm.row(dep).ifPresent(p -> arrows.add(GanttRows.arrow(scale, p, rowY.get(dep), row, rowY.get(row.id()))));
            }
        }
        if (!s.activities().isEmpty()) {
            y = groupRow("After day 90", s.activities().size() + " recurring activities", y, grid);
            for (RecurringActivity a : s.activities()) {
                grid.add(rowBackground(a.id(), y));
                labels.getChildren().add(GanttRows.activityLabel(a, vm, y));
                double rowTop = y;
                vm.occurrences().stream().filter(o -> o.occurrence().activityId().equals(a.id()))
                        .forEach(o -> bars.add(GanttRows.occurrenceMark(scale, o, rowTop)));
                y += ROW;
            }
        }
        double height = y + 16;
        List<Node> header = header(s, height);
        getChildren().addAll(grid);
        getChildren().addAll(header);
        arrows.forEach(a -> a.setMouseTransparent(true)); // never in the way of a bar being grabbed
        header.forEach(h -> h.setMouseTransparent(true));
        getChildren().addAll(arrows);
        getChildren().addAll(bars);
        getChildren().add(todayLine(height));
        Rectangle column = new Rectangle(0, 0, LABEL_WIDTH, height);
        column.getStyleClass().add("gantt-label-column");
        labels.getChildren().add(0, column);
        labels.getChildren().add(1, text("Task · owner · status", 20, HEADER - 10, "gantt-column-title"));
        getChildren().add(labels);
        setPrefSize(scale.width() + 24, height);
        setMinSize(scale.width() + 24, height);
    }

    private double groupRow(String title, String detail, double y, List<Node> grid) {
        Rectangle band = new Rectangle(0, y, scale.width() + 24, GROUP_ROW);
        band.getStyleClass().add("gantt-group-row");
        grid.add(band);
        labels.getChildren().add(GanttRows.groupLabel(title, detail, y));
        return y + GROUP_ROW;
    }

    private Node phaseBar(Phase phase, RoadmapProgress progress, double rowTop) {
        LocalDate from = phase.startDate(progress.planStart());
        LocalDate to = phase.endDate(progress.planStart());
        double x = scale.x(from), w = scale.xEnd(to) - x, top = rowTop + GROUP_ROW / 2 - 5;
        Tally t = progress.phase(phase);
        Rectangle all = new Rectangle(x, top, w, 10);
        all.getStyleClass().add("gantt-phase-bar");
        Rectangle done = new Rectangle(x, top, w * t.percentDone() / 100.0, 10);
        done.getStyleClass().add("gantt-phase-done");
        Group g = new Group(all, done);
        Tooltip.install(all, new Tooltip(phase.title() + ": " + t.describe()));
        return g;
    }

    private Node rowBackground(String id, double y) {
        Rectangle r = new Rectangle(0, y, scale.width() + 24, ROW);
        r.getStyleClass().add(id.equals(vm.selectedIdProperty().get()) ? "gantt-row-selected" : "gantt-row");
        r.setOnMouseClicked(e -> {
            if (vm.row(id).isPresent()) vm.selectedIdProperty().set(id);
            requestFocus();
        });
        return r;
    }

    private List<Node> header(RoadmapSnapshot s, double height) {
        List<Node> out = new ArrayList<>();
        Rectangle bg = new Rectangle(0, 0, scale.width() + 24, HEADER);
        bg.getStyleClass().add("gantt-header");
        out.add(bg);
        LocalDate planStart = s.progress().hasProgramme() ? s.progress().planStart() : null;
        boolean weekZoom = vm.zoomProperty().get() == RoadmapViewModel.Zoom.WEEK;
        for (LocalDate d = s.chartStart(); !d.isAfter(s.chartEnd()); d = d.plusDays(1)) {
            double x = scale.x(d);
            if (weekZoom && (d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY)) {
                Rectangle weekend = new Rectangle(x, HEADER, scale.pixelsPerDay(), height - HEADER);
                weekend.getStyleClass().add("gantt-weekend");
                out.add(weekend);
            }
            if (d.getDayOfWeek() == DayOfWeek.MONDAY) {
                Line l = new Line(x, HEADER - 26, x, height);
                l.getStyleClass().add("gantt-week-line");
                out.add(l);
                if (weekZoom) out.add(text(weekLabel(planStart, d), x + 4, HEADER - 8, "gantt-week-label"));
            }
            if (!weekZoom && d.getDayOfMonth() == 1) {
                out.add(text(d.format(MONTH), x + 4, HEADER - 8, "gantt-week-label"));
            }
        }
        if (planStart != null) {
            for (Phase p : Phase.values()) {
                double x = scale.x(p.startDate(planStart));
                double room = scale.xEnd(p.endDate(planStart)) - x - 8;
                out.add(fitted(weekZoom ? p.title() : p.label(), x + 4, room));
                Line l = new Line(x, 0, x, height);
                l.getStyleClass().add("gantt-phase-line");
                out.add(l);
            }
            LocalDate after = Phase.DEPLOYMENT_AND_PILOTS.endDate(planStart).plusDays(1);
            if (!after.isAfter(s.chartEnd())) {
                out.add(fitted("After day 90: continuous cycle", scale.x(after) + 4, 400));
                Line l = new Line(scale.x(after), 0, scale.x(after), height);
                l.getStyleClass().add("gantt-phase-line");
                out.add(l);
            }
        }
        return out;
    }

    /** A phase name cut to the room its phase has on the time line (month zoom is narrow). */
    private static Node fitted(String s, double x, double room) {
        javafx.scene.control.Label l = new javafx.scene.control.Label(s);
        l.getStyleClass().add("gantt-phase-label");
        l.setLayoutX(x);
        l.setLayoutY(6);
        l.setMaxWidth(room);
        l.setTextOverrun(javafx.scene.control.OverrunStyle.ELLIPSIS);
        return l;
    }

    private static String weekLabel(LocalDate planStart, LocalDate monday) {
        String date = monday.format(DAY_MONTH);
        if (planStart == null) return date;
        long week = ChronoUnit.DAYS.between(planStart, monday) / 7 + 1;
        return week >= 1 && week <= 12 ? "W" + week + " · " + date : date;
    }

    private Node todayLine(double height) {
        LocalDate today = vm.today();
        if (today.isBefore(scale.first()) || today.isAfter(scale.last())) return new Group();
        double x = scale.x(today) + scale.pixelsPerDay() / 2;
        Line line = new Line(x, HEADER - 26, x, height);
        line.getStyleClass().add("gantt-today");
        line.setId("todayLine");
        Text label = text("Today " + today.format(DAY_MONTH), x + 4, HEADER - 30, "gantt-today-label");
        Group g = new Group(line, label);
        g.setMouseTransparent(true);
        return g;
    }

    static Text text(String s, double x, double y, String style) {
        Text t = new Text(x, y, s);
        t.setTextOrigin(VPos.BASELINE);
        t.getStyleClass().add(style);
        return t;
    }

    static Polygon arrowHead(double x, double y) {
        Polygon p = new Polygon(x, y, x - 8, y - 5, x - 8, y + 5);
        p.getStyleClass().add("gantt-arrow-head");
        return p;
    }
}
