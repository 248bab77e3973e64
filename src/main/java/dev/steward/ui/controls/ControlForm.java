package dev.steward.ui.controls;

import dev.steward.domain.Agent;
import dev.steward.domain.Control;
import dev.steward.domain.ControlKind;
import dev.steward.domain.ControlNature;
import dev.steward.domain.Effectiveness;
import dev.steward.domain.ImplementationStatus;
import dev.steward.domain.Person;
import dev.steward.domain.TestFrequency;
import javafx.collections.FXCollections;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.util.StringConverter;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The editable fields of a control (DESIGN: Control), filled from one control and read back into a new one. */
final class ControlForm extends GridPane {

    final TextField name = new TextField();
    final TextArea description = new TextArea();
    final ComboBox<ControlKind> kind = new ComboBox<>(FXCollections.observableArrayList(ControlKind.values()));
    final ComboBox<ControlNature> nature = new ComboBox<>(FXCollections.observableArrayList(ControlNature.values()));
    final ComboBox<Person> owner = new ComboBox<>();
    final ComboBox<ImplementationStatus> status = new ComboBox<>(FXCollections.observableArrayList(ImplementationStatus.values()));
    final ComboBox<Effectiveness> effectiveness = new ComboBox<>(FXCollections.observableArrayList(Effectiveness.values()));
    final CheckBox allAgents = new CheckBox("All agents");
    final ListView<Agent> agents = new ListView<>();
    final ComboBox<TestFrequency> frequency = new ComboBox<>();
    final DatePicker lastTested = dev.steward.ui.IsoDates.picker();
    private final Label nextTest = new Label();

    ControlForm() {
        setHgap(10);
        setVgap(8);
        getColumnConstraints().addAll(new ColumnConstraints(110), new ColumnConstraints());
        getColumnConstraints().get(1).setHgrow(Priority.ALWAYS);
        description.setWrapText(true);
        description.setPrefRowCount(3);
        owner.setConverter(converter(p -> p.name() + (p.title() == null ? "" : " — " + p.title()), "— none —"));
        frequency.getItems().add(null);
        frequency.getItems().addAll(TestFrequency.values());
        frequency.setConverter(converter(f -> f.name().replace('_', '-').toLowerCase(), "— not tested —"));
        // In words, as the other sections' forms show their choices ("Preventive", "In progress").
        kind.setConverter(converter(dev.steward.ui.agents.Tags::words, "—"));
        nature.setConverter(converter(dev.steward.ui.agents.Tags::words, "—"));
        status.setConverter(converter(dev.steward.ui.agents.Tags::words, "—"));
        effectiveness.setConverter(converter(dev.steward.ui.agents.Tags::words, "—"));
        agents.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        agents.setCellFactory(l -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(Agent a, boolean empty) {
                super.updateItem(a, empty);
                setText(empty || a == null ? null : a.id() + "  " + a.name());
            }
        });
        agents.setPrefHeight(120);
        agents.disableProperty().bind(allAgents.selectedProperty());
        int row = 0;
        addRow(row++, label("Name"), name);
        addRow(row++, label("Description"), description);
        addRow(row++, label("Kind"), kind);
        addRow(row++, label("Nature"), nature);
        addRow(row++, label("Owner"), owner);
        addRow(row++, label("Status"), status);
        addRow(row++, label("Effectiveness"), effectiveness);
        addRow(row++, label("Applies to"), allAgents);
        addRow(row++, new Label(""), agents);
        addRow(row++, label("Test frequency"), frequency);
        addRow(row++, label("Last tested"), lastTested);
        addRow(row, new Label(""), nextTest);
        nextTest.getStyleClass().add("text-muted");
    }

    void show(Control c, List<Person> people, List<Agent> allAgentsList) {
        name.setText(c.name());
        description.setText(c.description() == null ? "" : c.description());
        kind.setValue(c.kind());
        nature.setValue(c.nature());
        List<Person> owners = new ArrayList<>();
        owners.add(null);
        owners.addAll(people);
        owner.getItems().setAll(owners);
        owner.setValue(people.stream().filter(p -> p.id().equals(c.ownerId())).findFirst().orElse(null));
        status.setValue(c.status());
        effectiveness.setValue(c.effectiveness());
        allAgents.setSelected(c.appliesToAll());
        agents.getItems().setAll(allAgentsList);
        agents.getSelectionModel().clearSelection();
        for (Agent a : allAgentsList) if (c.appliesToAgentIds().contains(a.id())) agents.getSelectionModel().select(a);
        frequency.setValue(c.testFrequency());
        lastTested.setValue(c.lastTested());
        nextTest.setText(c.nextTestDue().map(d -> "Next test due " + d).orElse(c.testFrequency() == null ? "" : "Never tested"));
    }

    /** The control as edited; throws IllegalArgumentException (shown to the user) when a field is invalid. */
    Control read(Control base) {
        boolean all = allAgents.isSelected();
        List<String> chosen = all ? List.of() : agents.getSelectionModel().getSelectedItems().stream().map(Agent::id).sorted().toList();
        return new Control(base.id(), name.getText().strip(), description.getText().strip(), kind.getValue(), nature.getValue(),
                owner.getValue() == null ? null : owner.getValue().id(), status.getValue(), effectiveness.getValue(), all, chosen,
                frequency.getValue(), lastTested.getValue(), base.evidenceIds());
    }

    private static Label label(String s) {
        Label l = new Label(s);
        l.getStyleClass().add("form-label");
        return l;
    }

    static <T> StringConverter<T> converter(java.util.function.Function<T, String> f, String none) {
        return new StringConverter<>() {
            @Override
            public String toString(T t) {
                return t == null ? none : f.apply(t);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        };
    }

    static List<ImplementationStatus> statuses() {
        return Arrays.asList(ImplementationStatus.values());
    }
}
