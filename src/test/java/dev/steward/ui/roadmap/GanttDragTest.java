package dev.steward.ui.roadmap;

import dev.steward.app.EntityKinds;
import dev.steward.domain.RoadmapTask;
import dev.steward.ui.MainViewModel;
import dev.steward.ui.RecordingDialogs;
import dev.steward.ui.Section;
import dev.steward.ui.TestWindow;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.shape.Rectangle;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** Drags a task's bar in the Gantt chart of the demo register, then undoes the move with Ctrl+Z. */
@ExtendWith(ApplicationExtension.class)
class GanttDragTest {
    @TempDir
    static Path dir;

    private MainViewModel vm;
    private final RecordingDialogs dialogs = new RecordingDialogs();

    @Start
    void start(Stage stage) {
        vm = TestWindow.openDemo(stage, dir, dialogs, Section.ROADMAP).vm();
    }

    private RoadmapTask stored(String id) {
        return vm.registerProperty().get().register().find(EntityKinds.TASK, id).orElseThrow();
    }

    @Test
    void dragMovesATaskWithItsDependantsAndCtrlZPutsThemBack(FxRobot robot) throws Exception {
        waitUntil(() -> robot.lookup("#bar-T-0007").tryQuery().isPresent());
        robot.clickOn("Months"); // the whole plan in view, whatever today is
        waitUntil(() -> robot.lookup("#bar-T-0007").queryAs(Rectangle.class).getWidth() < 80);
        RoadmapTask t7 = stored("T-0007"), t10 = stored("T-0010"), t11 = stored("T-0011"), t12 = stored("T-0012");
        double pixelsPerDay = RoadmapViewModel.Zoom.MONTH.pixelsPerDay;

        reveal(robot, "#bar-T-0007");
        robot.drag("#bar-T-0007").moveBy(7 * pixelsPerDay, 0).drop(); // one week later
        waitUntil(() -> stored("T-0007").start().equals(t7.start().plusWeeks(1)));
        assertThat(stored("T-0007").due()).isEqualTo(t7.due().plusWeeks(1));
        assertThat(stored("T-0010").start()).isEqualTo(t10.start().plusWeeks(1));
        assertThat(stored("T-0011").start()).isEqualTo(t11.start().plusWeeks(1));
        assertThat(stored("T-0012").due()).isEqualTo(t12.due().plusWeeks(1));
        waitUntil(() -> robot.lookup("#roadmapMessage").queryAs(Label.class).getText().contains("moved with it"));
        assertThat(robot.lookup("#roadmapMessage").queryAs(Label.class).getText())
                .startsWith("T-0007 Create approval workflows now runs " + t7.start().plusWeeks(1));
        assertThat(vm.undoTextProperty().get()).isEqualTo("Undo Move T-0007 Create approval workflows and 3 dependants");
        double movedX = barX(robot, "#bar-T-0007");

        reveal(robot, "#bar-T-0005");
        robot.clickOn("#bar-T-0005"); // focus in the chart, not in a text field
        robot.press(KeyCode.CONTROL).press(KeyCode.Z).release(KeyCode.Z).release(KeyCode.CONTROL);
        waitUntil(() -> stored("T-0007").equals(t7));
        // the editor shows T-0005's owner by name, also after the reload that followed the undo
        waitUntil(() -> "Aoife Ní Bhriain — Head of Regulatory Compliance".equals(
                robot.lookup("#taskOwner").<javafx.scene.control.ComboBox<String>>query().getButtonCell().getText()));
        assertThat(stored("T-0010")).isEqualTo(t10);
        assertThat(stored("T-0011")).isEqualTo(t11);
        assertThat(stored("T-0012")).isEqualTo(t12);
        // the chart is redrawn from the register: the bar is back a week to the left
        waitUntil(() -> barX(robot, "#bar-T-0007") == movedX - 7 * pixelsPerDay);
        assertThat(dialogs.shown).isEmpty();
        saveSnapshots(robot);
    }

    @Test
    void keyboardMovesTheSelectedTaskAndEnterOpensIt(FxRobot robot) throws Exception {
        waitUntil(() -> robot.lookup("#bar-T-0007").tryQuery().isPresent());
        robot.clickOn("Months");
        RoadmapTask t7 = stored("T-0007");
        reveal(robot, "#bar-T-0007");
        robot.clickOn("#bar-T-0007"); // a click without a drag selects, and opens the details
        waitUntil(() -> robot.lookup("#taskTitle").tryQuery().map(Node::isVisible).orElse(false));
        assertThat(robot.lookup("#taskTitle").queryTextInputControl().getText()).isEqualTo("Create approval workflows");
        reveal(robot, "#bar-T-0007");
        robot.clickOn("#bar-T-0007");
        robot.press(KeyCode.CONTROL).press(KeyCode.RIGHT).release(KeyCode.RIGHT).release(KeyCode.CONTROL);
        LocalDate next = t7.start().plusDays(1);
        waitUntil(() -> stored("T-0007").start().equals(next));
        // the editor kept its owner through the reload that followed the move (the people list was refilled)
        waitUntil(() -> robot.lookup("#taskStart").<javafx.scene.control.DatePicker>query().getValue().equals(next));
        assertThat(robot.lookup("#taskOwner").<javafx.scene.control.ComboBox<String>>query().getValue()).isEqualTo("P-0004");
        robot.type(KeyCode.ENTER);
        waitUntil(() -> robot.lookup("#taskTitle").query().isFocused());
    }

    /** Scrolls the chart so the bar is in the middle of the view (the test screen may be small). */
    private static void reveal(FxRobot robot, String id) throws Exception {
        javafx.scene.control.ScrollPane scroll = robot.lookup("#ganttScroll").query();
        Rectangle bar = robot.lookup(id).queryAs(Rectangle.class);
        WaitForAsyncUtils.asyncFx(() -> {
            double contentH = scroll.getContent().getLayoutBounds().getHeight();
            double viewH = scroll.getViewportBounds().getHeight();
            double contentW = scroll.getContent().getLayoutBounds().getWidth();
            double viewW = scroll.getViewportBounds().getWidth();
            if (contentH > viewH) scroll.setVvalue(clamp((bar.getY() - viewH / 2) / (contentH - viewH)));
            if (contentW > viewW) scroll.setHvalue(clamp((bar.getX() - viewW / 2) / (contentW - viewW)));
        }).get();
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static double clamp(double v) {
        return Math.max(0, Math.min(1, v));
    }

    private static double barX(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Rectangle.class).getX();
    }

    /** The Gantt of the demo programme at both zooms, for a person to look at (target/screenshots). */
    private void saveSnapshots(FxRobot robot) throws Exception {
        Path out = Path.of("target", "screenshots");
        java.nio.file.Files.createDirectories(out);
        for (String zoom : new String[]{"Months", "Weeks", "Cycle"}) {
            if (zoom.equals("Cycle")) {
                robot.clickOn("Months");
                robot.clickOn("Recurring");
                javafx.scene.control.ScrollPane scroll = robot.lookup("#ganttScroll").query();
                WaitForAsyncUtils.asyncFx(() -> scroll.setVvalue(1)).get();
            } else {
                robot.clickOn(zoom);
            }
            WaitForAsyncUtils.waitForFxEvents();
            WritableImage image = WaitForAsyncUtils.asyncFx(() -> robot.window(0).getScene().snapshot(null)).get();
            int w = (int) image.getWidth(), h = (int) image.getHeight();
            java.awt.image.BufferedImage png = new java.awt.image.BufferedImage(w, h, java.awt.image.BufferedImage.TYPE_INT_ARGB);
            for (int y = 0; y < h; y++) {
                for (int x = 0; x < w; x++) png.setRGB(x, y, image.getPixelReader().getArgb(x, y));
            }
            javax.imageio.ImageIO.write(png, "png", out.resolve("roadmap-" + zoom.toLowerCase() + ".png").toFile());
        }
    }

    private static void waitUntil(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        TestWindow.waitUntil(condition);
    }
}
