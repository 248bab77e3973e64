package dev.steward.ui.risks;

import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.controlsfx.control.SearchableComboBox;

import java.util.function.Function;

/** A chosen list of ids (agents, controls, threats) with a searchable box to add more; Delete removes. */
final class PickList extends VBox {
    PickList(String id, ObservableList<String> chosen, ObservableList<String> offered, Function<String, String> label, int rows) {
        super(4);
        setId(id);
        ListView<String> list = new ListView<>(chosen);
        list.setPrefHeight(rows * 26 + 4);
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : label.apply(item));
            }
        });
        list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DELETE || e.getCode() == KeyCode.BACK_SPACE) {
                chosen.remove(list.getSelectionModel().getSelectedItem());
            }
        });
        ComboBox<String> add = new SearchableComboBox<>(offered);
        add.setPromptText("Add…");
        add.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(String s) {
                return s == null ? "" : label.apply(s);
            }

            @Override
            public String fromString(String s) {
                return offered.stream().filter(o -> label.apply(o).equals(s)).findFirst().orElse(null);
            }
        });
        add.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(add, Priority.ALWAYS);
        Button addButton = new Button("Add");
        addButton.setOnAction(e -> {
            String v = add.getValue();
            if (v != null && !chosen.contains(v)) chosen.add(v);
            add.setValue(null);
        });
        Button remove = new Button("Remove");
        remove.setOnAction(e -> chosen.remove(list.getSelectionModel().getSelectedItem()));
        remove.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        // The buttons keep their words; the list of choices is what gives way in a narrow pane.
        addButton.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        remove.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        add.setMinWidth(120);
        HBox bar = new HBox(6, add, addButton, remove);
        bar.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(list, bar);
    }
}
