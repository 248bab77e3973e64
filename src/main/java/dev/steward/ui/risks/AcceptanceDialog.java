package dev.steward.ui.risks;

import dev.steward.app.RiskBoard;
import dev.steward.domain.Person;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

/**
 * Formal acceptance of the selected risk: who asks (the owner by default), who approves (never the
 * same person), until when (90 days by default), and any conditions. Recorded as an approval.
 */
final class AcceptanceDialog {
    private AcceptanceDialog() {
    }

    static void show(Window owner, RisksViewModel vm) {
        RiskRow row = vm.selectedProperty().get();
        if (row == null) return;
        RiskBoard b = vm.model().board();
        var people = b.people().stream().map(Person::id).toList();
        ComboBox<String> requester = Choices.of("—", b::personName);
        Choices.fill(requester, people, false);
        requester.setValue(row.risk().ownerId());
        ComboBox<String> approver = Choices.of("—", b::personName);
        Choices.fill(approver, people, false);
        b.people().stream().filter(p -> p.committeeRole() == dev.steward.domain.CommitteeRole.EXECUTIVE_SPONSOR
                || p.committeeRole() == dev.steward.domain.CommitteeRole.CHAIR).findFirst().ifPresent(p -> approver.setValue(p.id()));
        DatePicker expiry = dev.steward.ui.IsoDates.picker(b.today().plusDays(90));
        TextField conditions = new TextField();
        conditions.setPromptText("Conditions (optional: makes the approval conditional)");
        GridPane g = new GridPane();
        g.setHgap(10);
        g.setVgap(8);
        g.addRow(0, new Label("Requested by"), requester);
        g.addRow(1, new Label("Approver"), approver);
        g.addRow(2, new Label("Valid until"), expiry);
        g.addRow(3, new Label("Conditions"), conditions);
        Dialog<ButtonType> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle("Accept " + row.id());
        d.setHeaderText("Accept '" + row.risk().title() + "' at score " + row.evaluation().currentScore()
                + " above tolerance " + row.evaluation().tolerance() + "?\nOn expiry the risk is out of tolerance again.");
        d.getDialogPane().setContent(g);
        d.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        d.showAndWait().filter(ButtonType.OK::equals).ifPresent(x ->
                vm.accept(requester.getValue(), approver.getValue(), expiry.getValue(), conditions.getText()));
    }
}
