package dev.steward.ui;

import javafx.scene.Scene;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Button;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The window's menu bar is used as a menu bar: by pointer, by Alt+letter and arrows, and by shortcuts. */
@ExtendWith(ApplicationExtension.class)
class MenuStripTest {
    private final List<String> fired = new ArrayList<>();
    private MenuStrip strip;
    private MenuItem undo;
    private Menu recent;

    @Start
    void start(Stage stage) {
        Menu file = new Menu("_File", null, item("New", "Shortcut+N"), recent = new Menu("Open recent", null, item("a.steward", null)),
                item("Quit", null));
        undo = item("Undo", "Shortcut+Z");
        undo.setDisable(true);
        Menu edit = new Menu("_Edit", null, undo, item("Redo", "Shortcut+Y"));
        Menu view = new Menu("_View", null, item("Dashboard", "Shortcut+1"));
        strip = new MenuStrip(file, edit, view);
        // The other button sits below where any menu opens, so the pointer on it never hovers an item.
        javafx.scene.layout.BorderPane root = new javafx.scene.layout.BorderPane();
        root.setTop(strip);
        root.setBottom(new Button("Elsewhere"));
        Scene scene = new Scene(root, 600, 400);
        strip.installShortcuts(scene);
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void closeMenus(FxRobot robot) {
        robot.interact(strip::close);
    }

    private MenuItem item(String text, String shortcut) {
        MenuItem item = new MenuItem(text);
        if (shortcut != null) item.setAccelerator(KeyCombination.keyCombination(shortcut));
        item.setOnAction(e -> fired.add(text));
        return item;
    }

    private static List<ContextMenu> showingMenus() {
        return Window.getWindows().stream().filter(w -> w instanceof ContextMenu && w.isShowing())
                .map(w -> (ContextMenu) w).toList();
    }

    @Test
    void aClickOpensTheMenuUnderItsHeaderAndASecondClickClosesIt(FxRobot robot) {
        robot.clickOn("File");
        assertThat(strip.openIndex()).isZero();
        assertThat(showingMenus()).singleElement().satisfies(m -> assertThat(m.getItems()).extracting(MenuItem::getText)
                .containsExactly("New", "Open recent", "Quit"));
        robot.clickOn("New");
        assertThat(fired).containsExactly("New");
        assertThat(strip.openIndex()).isEqualTo(-1);
        assertThat(showingMenus()).isEmpty();

        robot.clickOn("Edit");
        assertThat(strip.openIndex()).isEqualTo(1);
        robot.clickOn("Edit");
        assertThat(strip.openIndex()).as("a click on the open menu's header closes it").isEqualTo(-1);
        assertThat(showingMenus()).isEmpty();
    }

    @Test
    void withAMenuOpenPointingAtAnotherHeaderOpensThatOne(FxRobot robot) {
        robot.clickOn("File");
        robot.moveTo("View");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(strip.openIndex()).isEqualTo(2);
        assertThat(showingMenus()).singleElement().satisfies(m -> assertThat(m.getItems()).extracting(MenuItem::getText)
                .containsExactly("Dashboard"));
    }

    @Test
    void altAndTheLetterOpenAMenuWhoseItemsTheArrowsAndEnterUse(FxRobot robot) {
        robot.clickOn("Elsewhere");
        robot.press(KeyCode.ALT).press(KeyCode.F).release(KeyCode.F).release(KeyCode.ALT);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(strip.openIndex()).isZero();
        robot.type(KeyCode.ENTER); // the first item has the focus (the pointer is on "Elsewhere", away from the menu)
        assertThat(fired).containsExactly("New");
        assertThat(strip.openIndex()).isEqualTo(-1);
    }

    @Test
    void leftAndRightMoveBetweenMenusAndRightOpensASubmenuInstead(FxRobot robot) {
        robot.moveTo("Elsewhere");
        robot.interact(() -> strip.open(1, true));
        robot.type(KeyCode.RIGHT);
        assertThat(strip.openIndex()).isEqualTo(2);
        robot.type(KeyCode.RIGHT);
        assertThat(strip.openIndex()).as("wraps round to the first").isZero();
        robot.type(KeyCode.LEFT);
        assertThat(strip.openIndex()).isEqualTo(2);
        robot.type(KeyCode.LEFT);
        assertThat(strip.openIndex()).isEqualTo(1);

        robot.interact(() -> strip.open(0, true));
        robot.type(KeyCode.DOWN); // from "New" to "Open recent"
        robot.type(KeyCode.RIGHT);
        assertThat(strip.openIndex()).as("Right on a submenu opens it").isZero();
        assertThat(recent.isShowing()).isTrue();
        robot.type(KeyCode.ESCAPE);
        assertThat(recent.isShowing()).isFalse();
        robot.type(KeyCode.ESCAPE);
        assertThat(strip.openIndex()).isEqualTo(-1);
    }

    @Test
    void shortcutsWorkBeforeAnyMenuWasOpenedButNotForADisabledItem(FxRobot robot) {
        robot.clickOn("Elsewhere");
        robot.press(KeyCode.CONTROL).press(KeyCode.N).release(KeyCode.N).release(KeyCode.CONTROL);
        robot.press(KeyCode.CONTROL).press(KeyCode.Z).release(KeyCode.Z).release(KeyCode.CONTROL);
        robot.interact(() -> undo.setDisable(false));
        robot.press(KeyCode.CONTROL).press(KeyCode.Z).release(KeyCode.Z).release(KeyCode.CONTROL);
        robot.press(KeyCode.F10).release(KeyCode.F10);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fired).containsExactly("New", "Undo");
        assertThat(strip.openIndex()).as("F10 opens the first menu").isZero();
    }
}
