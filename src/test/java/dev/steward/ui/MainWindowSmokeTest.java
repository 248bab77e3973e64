package dev.steward.ui;

import dev.steward.app.Edit;
import dev.steward.app.EntityChange;
import dev.steward.app.EntityKinds;
import dev.steward.app.OpenedRegister;
import dev.steward.app.RegisterService;
import dev.steward.domain.Agent;
import dev.steward.domain.ChangeEntry;
import dev.steward.domain.Person;
import javafx.application.Platform;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Opens the main window on a register, navigates, filters the change log, and undoes with Ctrl+Z. */
@ExtendWith(ApplicationExtension.class)
class MainWindowSmokeTest {
    @TempDir
    static Path dir;

    private MainViewModel vm;
    private FxTaskRunner tasks;
    private final RecordingDialogs dialogs = new RecordingDialogs();

    @Start
    void start(Stage stage) {
        RegisterService registers = TestWindow.registers();
        Path file = dir.resolve("smoke-" + System.nanoTime() + ".steward");
        OpenedRegister opened = registers.createEmpty(file);
        opened.history().perform(Edit.of("Add Ada", EntityChange.create(EntityKinds.PERSON, Person.of("P-0001", "Ada Obi"))));
        opened.history().perform(Edit.of("Add agent", EntityChange.create(EntityKinds.AGENT, Agent.minimal("AG-0001", "Ledger bot"))));
        opened.register().close();
        TestWindow window = TestWindow.open(stage, dir, registers, file, dialogs, Section.DASHBOARD);
        vm = window.vm();
        tasks = window.tasks();
    }

    @Test
    void opensNavigatesFiltersAndUndoes(FxRobot robot) throws Exception {
        waitUntil(() -> robot.lookup("#chainStatus").queryAs(Label.class).getText().startsWith("Change log verified"));
        assertThat(robot.lookup("#registerName").queryAs(Label.class).getText()).startsWith("smoke-");
        for (String command : new String[] {"#searchButton", "#exportButton", "#workshopButton"}) {
            assertThat(robot.lookup(command).queryButton().isDisabled()).as(command).isFalse();
        }
        waitUntil(() -> !robot.lookup("#dashboardTiles").queryAs(javafx.scene.layout.TilePane.class).getChildren().isEmpty());
        assertThat(robot.lookup(".tile-label").queryAllAs(Label.class)).extracting(Label::getText).contains("Agents", "Open violations", "Roadmap");

        // the sections' shortcuts work from the start, before any menu was opened
        robot.press(KeyCode.CONTROL).press(KeyCode.DIGIT2).release(KeyCode.DIGIT2).release(KeyCode.CONTROL);
        waitUntil(() -> vm.sectionProperty().get() == Section.AGENTS);
        robot.clickOn("#nav-change_log");
        TableView<ChangeEntry> table = robot.lookup("#changeLogTable").queryTableView();
        // the default taxonomy's categories, Ada and the agent
        waitUntil(() -> table.getItems().stream().anyMatch(e -> e.entityId().equals("AG-0001")));
        int all = table.getItems().size();
        robot.clickOn("#changeLogFilter").write("P-0001");
        waitUntil(() -> table.getItems().size() == 1);
        assertThat(table.getItems().get(0).entityType()).isEqualTo("person");
        robot.doubleClickOn("#changeLogFilter").eraseText(6);
        waitUntil(() -> table.getItems().size() == all);

        Platform.runLater(() -> vm.registerProperty().get().history().perform(Edit.of("Rename",
                EntityChange.update(EntityKinds.PERSON, Person.of("P-0001", "Ada Obi"), Person.of("P-0001", "Ada Obi-Okafor")))));
        waitUntil(() -> vm.canUndoProperty().get() && table.getItems().size() == all + 1);
        robot.clickOn("#changeLogTable"); // in a text field Ctrl+Z undoes typing, as in every desktop app
        robot.press(KeyCode.CONTROL).press(KeyCode.Z).release(KeyCode.Z).release(KeyCode.CONTROL);
        waitUntil(() -> table.getItems().size() == all + 2);
        assertThat(table.getItems().get(0).action().name()).isEqualTo("UNDO");
        assertThat(vm.registerProperty().get().register().find(EntityKinds.PERSON, "P-0001")).get()
                .extracting(Person::name).isEqualTo("Ada Obi");
        assertThat(dialogs.shown).isEmpty();
    }

    @Test
    void theDarkThemeIsChosenFromTheViewMenuAndRemembered(FxRobot robot) throws Exception {
        waitUntil(() -> vm.registerProperty().get() != null);
        javafx.scene.control.CheckMenuItem dark = (javafx.scene.control.CheckMenuItem) robot.lookup(".menu-strip")
                .queryAs(MenuStrip.class).menus().stream().flatMap(m -> m.getItems().stream())
                .filter(i -> "darkThemeItem".equals(i.getId())).findFirst().orElseThrow();
        assertThat(dark.isSelected()).isFalse();
        try {
            robot.interact(() -> dark.setSelected(true));
            assertThat(javafx.application.Application.getUserAgentStylesheet()).contains("primer-dark");
            waitUntil(() -> new dev.steward.app.DisplaySettings(dir).darkTheme());
        } finally {
            robot.interact(() -> dark.setSelected(false));
        }
        assertThat(javafx.application.Application.getUserAgentStylesheet()).contains("primer-light");
        waitUntil(() -> !new dev.steward.app.DisplaySettings(dir).darkTheme());
    }

    @Test
    void longWorkShowsProgressAndCancelInTheStatusBar(FxRobot robot) throws Exception {
        waitUntil(() -> robot.lookup("#chainStatus").queryAs(Label.class).getText().startsWith("Change log verified"));
        waitUntil(() -> !tasks.busyProperty().get());
        java.util.concurrent.atomic.AtomicBoolean stopped = new java.util.concurrent.atomic.AtomicBoolean();
        Platform.runLater(() -> tasks.run(new dev.steward.app.TaskRunner.BackgroundWork<Void>() {
            @Override
            public String title() {
                return "Long work";
            }

            @Override
            public Void run(dev.steward.app.TaskRunner.Progress progress) throws Exception {
                progress.update(1, 4, "Working on it");
                while (!progress.cancelled()) {
                    try {
                        Thread.sleep(20);
                    } catch (InterruptedException e) {
                        // Cancel interrupts the worker; the loop then sees cancelled()
                    }
                }
                stopped.set(true);
                return null;
            }
        }, v -> { }, e -> { }));
        waitUntil(() -> robot.lookup(".status-bar .progress-bar").tryQuery().map(javafx.scene.Node::isVisible).orElse(false));
        javafx.scene.control.Button cancel = robot.lookup(".status-bar .button").queryButton();
        assertThat(cancel.getText()).isEqualTo("Cancel");
        robot.clickOn(cancel);
        waitUntil(() -> stopped.get() && !tasks.busyProperty().get());
        assertThat(cancel.isVisible()).as("Cancel hides when the work ends").isFalse();
    }

    private static void waitUntil(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        TestWindow.waitUntil(condition);
    }
}
