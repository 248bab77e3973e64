package dev.steward.ui.agents;

import dev.steward.app.EntityKinds;
import dev.steward.domain.ChangeEntry;
import dev.steward.ui.DemoWindowTest;
import dev.steward.ui.TestWindow;
import javafx.scene.control.Button;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Edits an agent on its page, as a user does, and sees the change in the table and in the change log. */
class AgentsWindowTest extends DemoWindowTest {

    @Test
    @SuppressWarnings("unchecked")
    void editsAnAgentAndSeesItInTheTableAndTheChangeLog(FxRobot robot) throws Exception {
        waitUntil(() -> vm.registerProperty().get() != null);
        robot.clickOn("#nav-agents");
        TableView<AgentRow> table = robot.lookup("#agentsTable").queryTableView();
        waitUntil(() -> table.getItems().size() == 12);

        robot.clickOn("#agentFilter").write("AG-0004");
        waitUntil(() -> table.getItems().size() == 1);
        robot.clickOn(robot.lookup("#agentsTable .table-row-cell").nth(0).queryAs(javafx.scene.Node.class));
        robot.type(KeyCode.ENTER);
        waitUntil(() -> robot.lookup("#agentPage").query().isVisible());
        Button save = robot.lookup("#saveAgent").queryButton();
        assertThat(save.isDisabled()).isTrue();

        TextField name = robot.lookup("#agentName").queryAs(TextField.class);
        robot.doubleClickOn(name);
        robot.interact(() -> name.setText(""));
        waitUntil(() -> save.isDisabled() && robot.lookup("#error-name").queryLabeled().getText().equals("Name is required"));
        robot.clickOn(name).write("Meridian Assist 2");
        waitUntil(() -> !save.isDisabled());
        robot.clickOn(save);
        waitUntil(() -> vm.registerProperty().get().register().find(EntityKinds.AGENT, "AG-0004").get().name().equals("Meridian Assist 2"));

        robot.type(KeyCode.ESCAPE);
        waitUntil(() -> table.isVisible());
        waitUntil(() -> table.getItems().size() == 1 && table.getItems().get(0).agent().name().equals("Meridian Assist 2"));

        robot.clickOn("#nav-change_log");
        TableView<ChangeEntry> log = robot.lookup("#changeLogTable").queryTableView();
        waitUntil(() -> !log.getItems().isEmpty() && log.getItems().get(0).entityId().equals("AG-0004")
                && log.getItems().get(0).afterJson().contains("Meridian Assist 2"));
        assertThat(dialogs.shown).isEmpty();
    }

    @Test
    void agentPageAndImportPreviewRenderForTheCommittee(FxRobot robot) throws Exception {
        waitUntil(() -> vm.registerProperty().get() != null);
        robot.clickOn("#nav-agents");
        TableView<AgentRow> table = robot.lookup("#agentsTable").queryTableView();
        waitUntil(() -> table.getItems().size() == 12);
        Snapshots.save(table.getScene(), "agents-table");
        robot.interact(() -> table.getItems().stream().filter(r -> r.id().equals("AG-0009")).findFirst()
                .ifPresent(r -> table.getSelectionModel().select(r)));
        robot.interact(table::requestFocus);
        robot.type(KeyCode.ENTER);
        waitUntil(() -> robot.lookup("#agentPage").query().isVisible());
        Snapshots.save(table.getScene(), "agent-page");
        robot.type(KeyCode.ESCAPE);
        waitUntil(table::isVisible);

        Path csv = dir.resolve("casb-export.csv");
        java.nio.file.Files.writeString(csv, "App;Vendor;Department;Source;Data classes;Last seen;Users;Risk score\n"
                + "ChatGPT;OpenAI;Marketing;CASB log;personal, confidential;2026-11-20;48;7\n"
                + "MeetingMind note-taker;MeetingMind;Wealth Management;browser extension;personal;2026-11-22;12;9\n"
                + "Gamma;Gamma;Sales;CASB;internal;yesterday;5;3\n");
        robot.clickOn("#importAgents");
        robot.interact(() -> ((AgentsView) table.getParent().getParent()).importer().fileProperty().set(csv));
        TableView<?> preview = robot.lookup("#importPreview").queryTableView();
        waitUntil(() -> preview.getItems().size() == 3);
        Snapshots.save(table.getScene(), "import-preview");
    }

    private static void waitUntil(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        TestWindow.waitUntil(condition);
    }
}
