package dev.steward.ui.search;

import dev.steward.ui.DemoWindowTest;
import dev.steward.ui.Section;
import dev.steward.ui.TestWindow;
import dev.steward.ui.agents.AgentRow;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

import static org.assertj.core.api.Assertions.assertThat;

/** Ctrl+K, a few letters, Enter: the agent in its section; then a clause on its framework page. */
class SearchWindowTest extends DemoWindowTest {

    @Test
    @SuppressWarnings("unchecked")
    void findsAnAgentAndAClauseFromTheKeyboard(FxRobot robot) throws Exception {
        TestWindow.waitUntil(() -> vm.registerProperty().get() != null);
        robot.press(KeyCode.CONTROL, KeyCode.K).release(KeyCode.K, KeyCode.CONTROL);
        TestWindow.waitUntil(() -> robot.lookup("#searchField").tryQuery().isPresent());
        TextField field = robot.lookup("#searchField").queryAs(TextField.class);
        ListView<?> results = robot.lookup("#searchResults").queryListView();
        TestWindow.waitUntil(() -> ((Label) robot.lookup("#searchStatus").query()).getText().startsWith("Type an id"));
        robot.write("human oversight");
        TestWindow.waitUntil(() -> !results.getItems().isEmpty());
        dev.steward.ui.agents.Snapshots.save(field.getScene(), "search");
        robot.interact(() -> field.setText(""));
        robot.write("meridian");
        TestWindow.waitUntil(() -> !results.getItems().isEmpty() && results.getItems().size() < 10);
        robot.type(KeyCode.ENTER);
        TestWindow.waitUntil(() -> vm.sectionProperty().get() == Section.AGENTS);
        TableView<AgentRow> table = robot.lookup("#agentsTable").queryTableView();
        TestWindow.waitUntil(() -> table.getItems().size() == 1 && table.getItems().get(0).id().equals("AG-0004"));
        assertThat(field.getText()).isEmpty();

        robot.press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL); // Ctrl+F works as well
        TestWindow.waitUntil(() -> field.isFocused());
        robot.write("MANAGE 2.4");
        TestWindow.waitUntil(() -> !results.getItems().isEmpty());
        robot.type(KeyCode.DOWN).type(KeyCode.ENTER);
        TestWindow.waitUntil(() -> vm.sectionProperty().get() == Section.FRAMEWORKS);
        TestWindow.waitUntil(() -> robot.lookup("#clauseSearch").tryQuery().isPresent()
                && robot.lookup("#clauseSearch").queryAs(TextField.class).getText().equals("MANAGE 2.4"));
        assertThat(dialogs.shown).isEmpty();
    }
}
