package dev.steward.ui.roadmap;

import dev.steward.domain.RecurringActivity;
import javafx.geometry.Insets;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Path;
import javafx.scene.shape.HLineTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.Polygon;
import javafx.scene.shape.VLineTo;

/** The pieces of a Gantt row that are not bars: the labels in the task column, arrows, occurrence marks. */
final class GanttRows {
    private GanttRows() {
    }

    static Node taskLabel(TaskRow row, double y) {
        Label title = new Label(row.id() + "  " + row.task().title());
        title.getStyleClass().add("gantt-task-title");
        String detail = row.ownerName() + " · " + row.statusText() + (row.critical() ? " · CRITICAL PATH" : "");
        Label sub = new Label(detail);
        sub.getStyleClass().add("gantt-task-detail");
        if (row.late()) sub.getStyleClass().add("gantt-late-text");
        return column(title, sub, y, row.task().title() + "\n" + row.task().start() + " to " + row.task().due()
                + (row.task().blockedReason() == null ? "" : "\nBlocked: " + row.task().blockedReason()));
    }

    static Node activityLabel(RecurringActivity a, RoadmapViewModel vm, double y) {
        Label title = new Label(a.title());
        title.getStyleClass().add("gantt-task-title");
        String owner = vm.people().stream().filter(p -> p.id().equals(a.ownerId())).map(p -> p.name()).findFirst()
                .orElse("No owner");
        Label sub = new Label(a.cadence().label() + " from " + a.firstDate().format(GanttChart.DAY_MONTH) + " · " + owner
                + (a.everyAgent() ? " · every agent" : ""));
        sub.getStyleClass().add("gantt-task-detail");
        return column(title, sub, y, a.title() + (a.evidenceKind() == null ? "" : "\nEvidence: " + a.evidenceKind()));
    }

    static Node groupLabel(String title, String detail, double y) {
        Label t = new Label(title);
        t.getStyleClass().add("gantt-group-title");
        t.setMinWidth(Label.USE_PREF_SIZE);
        Label d = new Label(detail);
        d.getStyleClass().add("gantt-task-detail");
        d.setTextOverrun(OverrunStyle.ELLIPSIS);
        javafx.scene.layout.HBox box = new javafx.scene.layout.HBox(10, t, d);
        box.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        box.setLayoutX(12);
        box.setLayoutY(y);
        box.setPrefSize(GanttChart.LABEL_WIDTH - 20, GanttChart.GROUP_ROW);
        box.setMaxWidth(GanttChart.LABEL_WIDTH - 20);
        return box;
    }

    private static Node column(Label title, Label sub, double y, String tip) {
        for (Label l : new Label[]{title, sub}) {
            l.setMaxWidth(GanttChart.LABEL_WIDTH - 28);
            l.setTextOverrun(OverrunStyle.ELLIPSIS);
        }
        VBox box = new VBox(1, title, sub);
        box.setPadding(new Insets(3, 0, 0, 20));
        box.setLayoutY(y);
        box.setPrefHeight(GanttChart.ROW);
        box.setMouseTransparent(false);
        Tooltip.install(box, new Tooltip(tip));
        return box;
    }

    /** An elbow from the end of the predecessor to the start of the dependant, routed between the rows. */
    static Node arrow(GanttScale scale, TaskRow from, double fromY, TaskRow to, double toY) {
        double x1 = scale.xEnd(from.task().due()), y1 = fromY + GanttChart.ROW / 2;
        double x2 = scale.x(to.task().start()), y2 = toY + GanttChart.ROW / 2;
        double between = toY > fromY ? toY : toY + GanttChart.ROW;
        Path p = new Path(new MoveTo(x1, y1), new HLineTo(x1 + 6), new VLineTo(between), new HLineTo(x2 - 10),
                new VLineTo(y2), new HLineTo(x2 - 2));
        p.getStyleClass().add("gantt-arrow");
        if (from.critical() && to.critical()) p.getStyleClass().add("gantt-arrow-critical");
        return new Group(p, GanttChart.arrowHead(x2, y2));
    }

    /** A diamond on the occurrence's day, with a tooltip naming it. */
    static Node occurrenceMark(GanttScale scale, RoadmapViewModel.OccurrenceRow o, double y) {
        double cx = scale.x(o.occurrence().date()) + scale.pixelsPerDay() / 2, cy = y + GanttChart.ROW / 2;
        Polygon d = new Polygon(cx, cy - 9, cx + 9, cy, cx, cy + 9, cx - 9, cy);
        d.getStyleClass().add("gantt-occurrence");
        Tooltip.install(d, new Tooltip(o.label() + " #" + o.occurrence().number() + "\n" + o.occurrence().date()
                + " · " + o.ownerName()));
        return d;
    }
}
