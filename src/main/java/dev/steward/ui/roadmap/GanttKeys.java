package dev.steward.ui.roadmap;

import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

import java.util.List;

/**
 * The chart from the keyboard: Up/Down choose a task, Ctrl+Left/Right move it by a working day,
 * Ctrl+Shift+Left/Right change its due date, Delete removes it, Enter opens it in the editor.
 */
final class GanttKeys {
    private final GanttChart chart;
    private final RoadmapViewModel vm;
    private Runnable onOpen = () -> { };

    GanttKeys(GanttChart chart, RoadmapViewModel vm) {
        this.chart = chart;
        this.vm = vm;
    }

    void install() {
        chart.addEventHandler(KeyEvent.KEY_PRESSED, this::handle);
        chart.getProperties().put(GanttKeys.class, this);
    }

    static void onOpen(GanttChart chart, Runnable action) {
        ((GanttKeys) chart.getProperties().get(GanttKeys.class)).onOpen = action;
    }

    private void handle(KeyEvent e) {
        String id = vm.selectedIdProperty().get();
        List<String> ids = vm.rows().stream().map(TaskRow::id).toList();
        if (ids.isEmpty()) return;
        int at = id == null ? -1 : ids.indexOf(id);
        KeyCode k = e.getCode();
        if (k == KeyCode.DOWN || k == KeyCode.UP) {
            int next = k == KeyCode.DOWN ? Math.min(ids.size() - 1, at + 1) : Math.max(0, at < 0 ? 0 : at - 1);
            vm.selectedIdProperty().set(ids.get(next));
        } else if (id != null && e.isShortcutDown() && (k == KeyCode.RIGHT || k == KeyCode.LEFT)) {
            int step = k == KeyCode.RIGHT ? 1 : -1;
            if (e.isShiftDown()) vm.resizeBy(id, step);
            else vm.nudge(id, step);
        } else if (id != null && k == KeyCode.DELETE) {
            vm.remove(id);
        } else if (id != null && k == KeyCode.ENTER) {
            onOpen.run();
        } else {
            return;
        }
        e.consume();
    }
}
