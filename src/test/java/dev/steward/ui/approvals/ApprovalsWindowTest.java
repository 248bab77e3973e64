package dev.steward.ui.approvals;

import dev.steward.app.EntityKinds;
import dev.steward.domain.Approval;
import dev.steward.domain.Decision;
import dev.steward.ui.DemoWindowTest;
import dev.steward.ui.TestWindow;
import dev.steward.ui.agents.Snapshots;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

import static org.assertj.core.api.Assertions.assertThat;

/** Decides the demo's pending request in the window, where segregation of duties is shown before it is enforced. */
class ApprovalsWindowTest extends DemoWindowTest {

    @Test
    @SuppressWarnings("unchecked")
    void decidesAPendingRequestAndShowsWhoAnswersForEachAgent(FxRobot robot) throws Exception {
        TestWindow.waitUntil(() -> vm.registerProperty().get() != null);
        robot.clickOn("#nav-approvals");
        TableView<ApprovalsViewModel.Row> table = robot.lookup("#approvalsTable").queryTableView();
        TestWindow.waitUntil(() -> table.getItems().size() == 4);
        ApprovalsViewModel.Row pending = table.getItems().stream()
                .filter(r -> r.approval().id().equals("AP-0004")).findFirst().orElseThrow();
        robot.interact(() -> table.getSelectionModel().select(pending));

        ComboBox<String> approver = robot.lookup("#decisionApprover").queryComboBox();
        ComboBox<String> outcome = robot.lookup("#decisionOutcome").queryComboBox();
        Button record = robot.lookup("#recordDecision").queryButton();
        Label problem = robot.lookup("#decisionProblem").queryAs(Label.class);
        TestWindow.waitUntil(() -> "P-0001".equals(approver.getValue())); // the approver the request named
        robot.interact(() -> approver.setValue("P-0006")); // Rahul Iyer asked for it himself
        TestWindow.waitUntil(() -> problem.getText().equals("The approver cannot be the requester (segregation of duties)."));
        assertThat(record.isDisabled()).isTrue();
        robot.interact(() -> {
            approver.setValue("P-0001");
            outcome.setValue(Decision.APPROVED.name());
        });
        TestWindow.waitUntil(() -> !record.isDisabled());
        Snapshots.save(table.getScene(), "approvals");
        robot.clickOn(record);
        TestWindow.waitUntil(() -> vm.registerProperty().get().register().find(EntityKinds.APPROVAL, "AP-0004")
                .map(Approval::decision).orElseThrow() == Decision.APPROVED);
        TestWindow.waitUntil(() -> table.getItems().stream().anyMatch(r -> r.approval().id().equals("AP-0004")
                && r.approval().decision() == Decision.APPROVED));

        robot.clickOn("#nav-people");
        TableView<?> raci = robot.lookup("#raciTable").queryTableView();
        TestWindow.waitUntil(() -> !raci.getItems().isEmpty());
        TestWindow.waitUntil(() -> !robot.lookup("#raciGaps").queryAs(Label.class).getText().isEmpty());
        Snapshots.save(raci.getScene(), "people");
        assertThat(dialogs.shown).isEmpty();
    }
}
