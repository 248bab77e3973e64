package dev.steward.ui.controls;

import dev.steward.domain.Mapping;
import dev.steward.domain.Relation;
import dev.steward.ui.icons.StewardIcon;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

import java.util.List;
import java.util.function.Function;

/**
 * A control's mappings, each with its relation and rationale editable, and a search-as-you-type over the refs
 * and titles of every loaded catalog to add one.
 */
final class MappingEditor extends VBox {

    private final ControlsViewModel vm;

    MappingEditor(ControlsViewModel vm) {
        super(6);
        this.vm = vm;
        VBox lines = new VBox(6);
        vm.mappings().addListener((ListChangeListener<Mapping>) c -> fill(lines, vm.mappings()));
        fill(lines, vm.mappings());
        getChildren().addAll(lines, adder());
    }

    private void fill(VBox lines, List<Mapping> mappings) {
        lines.getChildren().clear();
        if (mappings.isEmpty()) {
            Label none = new Label("Not mapped yet. Search below for a clause of NIST AI RMF, ISO/IEC 42001, the EU AI Act or another catalog.");
            none.setWrapText(true);
            none.getStyleClass().add("text-muted");
            lines.getChildren().add(none);
        }
        for (Mapping m : mappings) lines.getChildren().add(line(m));
    }

    private VBox line(Mapping m) {
        Label clause = new Label(vm.describe(m));
        clause.setWrapText(true);
        clause.getStyleClass().add("mapping-clause");
        ComboBox<Relation> relation = relations(m.relation());
        TextField rationale = new TextField(m.rationale() == null ? "" : m.rationale());
        rationale.setPromptText("Why this control meets (part of) the clause");
        HBox.setHgrow(rationale, Priority.ALWAYS);
        Button save = new Button("Save");
        save.setOnAction(e -> vm.updateMapping(m, relation.getValue(), rationale.getText().strip()));
        rationale.setOnAction(e -> save.fire());
        Button remove = new Button(null, new FontIcon(StewardIcon.LINK_VARIANT_OFF));
        remove.setTooltip(new javafx.scene.control.Tooltip("Remove this mapping"));
        remove.setOnAction(e -> vm.deleteMapping(m));
        HBox edit = new HBox(8, relation, rationale, save, remove);
        edit.setAlignment(Pos.CENTER_LEFT);
        return new VBox(2, clause, edit);
    }

    private VBox adder() {
        TextField search = new TextField();
        search.setId("clauseSearchField");
        search.setPromptText("Map to a clause: type a ref or words (e.g. A.6.2.8, GOVERN 1.6, human oversight)");
        ObservableList<ClauseOption> results = FXCollections.observableArrayList();
        ListView<ClauseOption> list = new ListView<>(results);
        list.setPrefHeight(140);
        list.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(results));
        list.managedProperty().bind(list.visibleProperty());
        search.textProperty().addListener((o, a, q) -> results.setAll(vm.searchClauses(q)));
        search.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DOWN && !results.isEmpty()) {
                list.requestFocus();
                list.getSelectionModel().selectFirst();
            }
        });
        ComboBox<Relation> relation = relations(Relation.SUBSET);
        TextField rationale = new TextField();
        rationale.setPromptText("Rationale (one line)");
        HBox.setHgrow(rationale, Priority.ALWAYS);
        Button add = new Button("Add mapping", new FontIcon(StewardIcon.LINK_VARIANT_PLUS));
        add.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        add.setOnAction(e -> {
            vm.addMapping(list.getSelectionModel().getSelectedItem(), relation.getValue(), rationale.getText().strip());
            search.clear();
            rationale.clear();
        });
        add.setMinWidth(Region.USE_PREF_SIZE);
        HBox row = new HBox(8, relation, rationale, add);
        row.setAlignment(Pos.CENTER_LEFT);
        return new VBox(4, search, list, row);
    }

    static ComboBox<Relation> relations(Relation initial) {
        ComboBox<Relation> box = new ComboBox<>(FXCollections.observableArrayList(Relation.values()));
        box.setConverter(ControlForm.converter(verb(), ""));
        box.setValue(initial);
        box.setMinWidth(Region.USE_PREF_SIZE);
        return box;
    }

    /** Relations read as "control RELATION clause". */
    static Function<Relation, String> verb() {
        return r -> switch (r) {
            case EQUAL -> "equals";
            case SUBSET -> "implements part of (subset)";
            case SUPERSET -> "goes beyond (superset)";
            case INTERSECT -> "overlaps (intersect)";
        };
    }
}
