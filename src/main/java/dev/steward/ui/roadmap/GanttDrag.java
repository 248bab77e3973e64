package dev.steward.ui.roadmap;

import javafx.scene.Cursor;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.input.MouseEvent;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Text;

import java.time.LocalDate;

/**
 * One task's bar, draggable: drag the body to move the task, drag the right edge to change its
 * due date. The bar follows the mouse; on release the view model makes it one undoable edit (the
 * task and the dependants that move with it), and the chart is redrawn from the register.
 */
final class GanttDrag {
    private static final double EDGE = 8;

    private final GanttChart chart;
    private final RoadmapViewModel vm;
    private final TaskRow row;
    private final double y;
    private double pressX;
    private double dx;
    private boolean resizing;
    private boolean pressed;

    GanttDrag(GanttChart chart, RoadmapViewModel vm, TaskRow row, double y) {
        this.chart = chart;
        this.vm = vm;
        this.row = row;
        this.y = y;
    }

    Node bar() {
        GanttScale scale = chart.scale();
        double x = scale.x(row.task().start()), w = scale.xEnd(row.task().due()) - x;
        Rectangle bar = new Rectangle(x, y + 10, w, GanttChart.ROW - 20);
        bar.setArcWidth(6);
        bar.setArcHeight(6);
        bar.setId("bar-" + row.id());
        bar.getStyleClass().addAll("gantt-bar", "gantt-bar-" + row.task().status().name().toLowerCase().replace('_', '-'));
        if (row.late()) bar.getStyleClass().add("gantt-bar-late");
        if (row.critical()) bar.getStyleClass().add("gantt-bar-critical");
        if (row.id().equals(vm.selectedIdProperty().get())) bar.getStyleClass().add("gantt-bar-selected");
        Text tag = GanttChart.text(row.statusText() + (row.critical() ? " · critical" : ""), x + w + 8, y + GanttChart.ROW / 2 + 5,
                row.late() ? "gantt-bar-tag-late" : "gantt-bar-tag");
        Text hint = GanttChart.text("", x, y + 6, "gantt-drag-hint");
        Group g = new Group(bar, tag, hint);
        bar.setOnMouseMoved(e -> bar.setCursor(nearEnd(bar, e) ? Cursor.H_RESIZE : Cursor.MOVE));
        bar.setOnMousePressed(e -> {
            pressed = true;
            pressX = e.getSceneX();
            dx = 0;
            resizing = nearEnd(bar, e);
            chart.requestFocus();
            e.consume();
        });
        bar.setOnMouseDragged(e -> {
            if (!pressed) return;
            dx = e.getSceneX() - pressX;
            long days = scale.days(dx);
            if (resizing) {
                bar.setWidth(Math.max(scale.pixelsPerDay(), w + dx));
                hint.setText("due " + row.task().due().plusDays(days).format(GanttChart.DAY_MONTH));
            } else {
                g.setTranslateX(dx);
                hint.setText(row.task().start().plusDays(days).format(GanttChart.DAY_MONTH) + " – "
                        + row.task().due().plusDays(days).format(GanttChart.DAY_MONTH));
            }
            e.consume();
        });
        bar.setOnMouseReleased(e -> {
            if (!pressed) return;
            pressed = false;
            long days = scale.days(dx);
            if (days == 0) {
                g.setTranslateX(0);
                bar.setWidth(w);
                hint.setText("");
                vm.selectedIdProperty().set(row.id());
            } else if (resizing) {
                vm.resize(row.id(), row.task().due().plusDays(days));
            } else {
                vm.move(row.id(), moveTarget(row.task().start(), days));
            }
            e.consume();
        });
        return g;
    }

    /** Dropping on a weekend means the Monday after when moving later, the Friday before when earlier. */
    private LocalDate moveTarget(LocalDate start, long days) {
        LocalDate target = start.plusDays(days);
        return days < 0 ? vm.calendar().onOrBefore(target) : target;
    }

    private static boolean nearEnd(Rectangle bar, MouseEvent e) {
        return e.getX() >= bar.getX() + bar.getWidth() - EDGE && bar.getWidth() > 3 * EDGE;
    }
}
