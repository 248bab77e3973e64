package dev.steward.ui.incidents;

import dev.steward.app.EntityKinds;
import dev.steward.domain.Incident;
import dev.steward.ui.DemoWindowTest;
import dev.steward.ui.TestWindow;
import dev.steward.ui.agents.Snapshots;
import javafx.scene.control.Button;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

import static org.assertj.core.api.Assertions.assertThat;

/** Records an incident and a timeline entry as a user does, from the navigation rail to the register. */
class IncidentsWindowTest extends DemoWindowTest {

    @Test
    @SuppressWarnings("unchecked")
    void recordsAnIncidentAndItsFirstTimelineEntry(FxRobot robot) throws Exception {
        TestWindow.waitUntil(() -> vm.registerProperty().get() != null);
        robot.clickOn("#nav-incidents");
        TableView<IncidentsViewModel.Row> table = robot.lookup("#incidentsTable").queryTableView();
        TestWindow.waitUntil(() -> table.getItems().size() == 2);
        Snapshots.save(table.getScene(), "incidents");

        robot.clickOn("#newIncident");
        Button save = robot.lookup("#saveIncident").queryButton();
        assertThat(save.isDisabled()).isTrue();
        assertThat(robot.lookup("#incidentProblem").queryLabeled().getText()).isEqualTo("Give the incident a title.");
        robot.clickOn("#incidentTitle").write("Pricing agent published a rate before approval");
        robot.clickOn("#incidentAgents").write("AG-0002");
        TestWindow.waitUntil(() -> !save.isDisabled());
        robot.clickOn(save);
        TestWindow.waitUntil(() -> table.getItems().size() == 3);
        Incident stored = vm.registerProperty().get().register().find(EntityKinds.INCIDENT, "IN-0003").orElseThrow();
        assertThat(stored.title()).isEqualTo("Pricing agent published a rate before approval");
        assertThat(stored.agentIds()).containsExactly("AG-0002");
        TestWindow.waitUntil(() -> table.getSelectionModel().getSelectedItem() != null
                && table.getSelectionModel().getSelectedItem().incident().id().equals("IN-0003"));

        robot.clickOn("#incidentEntry").write("Rate withdrawn from the website.");
        robot.type(KeyCode.ENTER);
        ListView<String> timeline = robot.lookup("#incidentTimeline").queryListView();
        TestWindow.waitUntil(() -> timeline.getItems().size() == 1
                && timeline.getItems().get(0).endsWith("Rate withdrawn from the website."));
        assertThat(vm.registerProperty().get().register().find(EntityKinds.INCIDENT, "IN-0003").orElseThrow().timeline())
                .hasSize(1);
        Snapshots.save(table.getScene(), "incident-recorded");
        assertThat(dialogs.shown).isEmpty();
    }

    @Test
    void theDetectionDateReadsAndTakesIsoDatesAndAMistypedOneChangesNothing(FxRobot robot) throws Exception {
        TestWindow.waitUntil(() -> vm.registerProperty().get() != null);
        robot.clickOn("#nav-incidents");
        TableView<IncidentsViewModel.Row> table = robot.lookup("#incidentsTable").queryTableView();
        TestWindow.waitUntil(() -> table.getItems().size() == 2);
        robot.interact(() -> table.getSelectionModel().select(0)); // IN-0001, detected 2026-11-10
        javafx.scene.control.DatePicker day = robot.lookup("#incidentDetectedOn").query();
        TestWindow.waitUntil(() -> "2026-11-10".equals(day.getEditor().getText()));

        robot.clickOn(day.getEditor()).press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL).write("10/11/2026");
        assertThat(day.getPseudoClassStates()).as("text that is not a date is marked while it is there")
                .contains(javafx.css.PseudoClass.getPseudoClass("danger"));
        Snapshots.save(day.getScene(), "incident-date-mistyped");
        robot.clickOn("#incidentTitle"); // leaving the field commits what was typed
        TestWindow.waitUntil(() -> "2026-11-10".equals(day.getEditor().getText()));
        assertThat(day.getValue()).isEqualTo(java.time.LocalDate.of(2026, 11, 10));
        assertThat(robot.lookup("#saveIncident").queryButton().isDisabled()).as("nothing changed").isTrue();
        assertThat(day.getPseudoClassStates()).doesNotContain(javafx.css.PseudoClass.getPseudoClass("danger"));

        robot.clickOn(day.getEditor()).press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL).write("2026-11-09");
        robot.clickOn("#incidentTitle");
        TestWindow.waitUntil(() -> java.time.LocalDate.of(2026, 11, 9).equals(day.getValue()));
        assertThat(robot.lookup("#saveIncident").queryButton().isDisabled()).isFalse();
        assertThat(dialogs.shown).isEmpty();
    }
}
