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
    private javafx.scene.control.CheckMenuItem wrap;
    /** The strip's own window: the extension's primary stage keeps the size the later window tests expect. */
    private Stage stage;
    /** What was showing when "Save as…" ran: a menu left open would cover the dialog its action opens. */
    private final List<String> seenBySaveAs = new ArrayList<>();

    @Start
    void start(Stage primary) {
        stage = new Stage();
        MenuItem saveAs = new MenuItem("Save as");
        saveAs.setOnAction(e -> seenBySaveAs.add("open menu " + strip.openIndex() + ", popups showing " + showingMenus().size()));
        Menu file = new Menu("_File", null, item("New", "Shortcut+N"), recent = new Menu("Open recent", null, item("a.steward", null)),
                saveAs, item("Quit", null));
        undo = item("Undo", "Shortcut+Z");
        undo.setDisable(true);
        Menu edit = new Menu("_Edit", null, undo, item("Redo", "Shortcut+Y"));
        wrap = new javafx.scene.control.CheckMenuItem("Wrap");
        wrap.setAccelerator(KeyCombination.keyCombination("Shortcut+W"));
        Menu view = new Menu("_View", null, item("Dashboard", "Shortcut+1"), wrap);
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
    void closeWindow(FxRobot robot) {
        robot.interact(() -> {
            strip.close();
            stage.close();
        });
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
                .containsExactly("New", "Open recent", "Save as", "Quit"));
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
                .containsExactly("Dashboard", "Wrap"));
    }

    @Test
    void choosingAnItemClosesTheMenuBeforeItsActionRuns(FxRobot robot) {
        robot.clickOn("File");
        robot.clickOn("Save as");
        assertThat(seenBySaveAs).containsExactly("open menu -1, popups showing 0");
    }

    @Test
    void altAndTheLetterOpenAMenuWithItsFirstItemFocusedAClickWithNone(FxRobot robot) {
        // Each menu opened and closed once: a popup's very first showing focuses its first item anyway.
        robot.clickOn("File").type(KeyCode.ESCAPE);
        robot.clickOn("File"); // the pointer stays on the header: moving it over the items would focus them
        robot.type(KeyCode.DOWN, KeyCode.ENTER); // nothing had the focus: Down goes to the first item
        assertThat(fired).containsExactly("New");
        fired.clear();

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
        robot.interact(() -> strip.openFromKeyboard(1));
        robot.type(KeyCode.RIGHT);
        assertThat(strip.openIndex()).isEqualTo(2);
        robot.type(KeyCode.RIGHT);
        assertThat(strip.openIndex()).as("wraps round to the first").isZero();
        robot.type(KeyCode.LEFT);
        assertThat(strip.openIndex()).isEqualTo(2);
        robot.type(KeyCode.LEFT);
        assertThat(strip.openIndex()).isEqualTo(1);

        robot.interact(() -> strip.openFromKeyboard(0));
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
        robot.press(KeyCode.CONTROL).press(KeyCode.W).release(KeyCode.W).release(KeyCode.CONTROL);
        assertThat(wrap.isSelected()).as("a check item's shortcut toggles it").isTrue();
        robot.press(KeyCode.F10).release(KeyCode.F10);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fired).containsExactly("New", "Undo");
        assertThat(strip.openIndex()).as("F10 opens the first menu").isZero();
    }
}
