package dev.steward.ui.roadmap;

import dev.steward.domain.CommitteeRole;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

import java.util.EnumSet;

/**
 * Starting the 90-day programme: the start date and, for each committee seat, the member who owns
 * that seat's tasks. Shown as the roadmap's empty state, and in a dialog to start again.
 */
final class StartProgrammePane extends VBox {

    StartProgrammePane(RoadmapViewModel vm, boolean withButton) {
        super(14);
        getStyleClass().add("roadmap-empty");
        Label title = new Label("No 90-day programme yet");
        title.getStyleClass().add("roadmap-empty-title");
        Label explain = new Label("Choose the first day and the committee members who own each part. Steward lays the "
                + "twelve tasks of the three phases (Foundation, Framework selection, Deployment and pilots) out in "
                + "working days, and adds the recurring activities that keep the programme going after day 90. "
                + "You can then move, re-assign and edit every task.");
        explain.setWrapText(true);
        DatePicker start = dev.steward.ui.IsoDates.picker();
        start.setId("programmeStart");
        start.valueProperty().bindBidirectional(vm.startDateProperty());
        GridPane owners = new GridPane();
        owners.setHgap(10);
        owners.setVgap(8);
        owners.addRow(0, new Label("First day"), start);
        int row = 1;
        for (CommitteeRole role : EnumSet.complementOf(EnumSet.of(CommitteeRole.NONE))) {
            var member = new javafx.beans.property.SimpleStringProperty(vm.startOwners().get(role));
            vm.startOwners().addListener((javafx.collections.MapChangeListener<CommitteeRole, String>) c -> {
                if (c.getKey() == role) member.set(vm.startOwners().get(role));
            });
            member.addListener((o, a, id) -> {
                if (id == null) vm.startOwners().remove(role);
                else vm.startOwners().put(role, id);
            });
            ComboBox<String> who = PersonChoice.of(vm.people(), member);
            who.setPrefWidth(320);
            owners.addRow(row++, new Label(label(role)), who);
        }
        getChildren().addAll(title, explain, owners);
        if (withButton) {
            Button go = new Button("Start the programme");
            go.setId("startProgramme");
            go.setDefaultButton(true);
            go.setOnAction(e -> vm.startProgramme());
            getChildren().add(go);
        } else {
            title.setText("Start the programme again");
        }
    }

    private static String label(CommitteeRole role) {
        String s = role.name().replace('_', ' ').toLowerCase();
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
