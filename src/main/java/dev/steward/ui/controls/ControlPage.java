package dev.steward.ui.controls;

import dev.steward.domain.Control;
import dev.steward.domain.Risk;
import dev.steward.ui.icons.StewardIcon;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SelectionMode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

import java.util.List;

/** The selected control: its fields (Save, Revert, Delete), mappings, linked risks and evidence. */
final class ControlPage extends ScrollPane {

    private final ControlsViewModel vm;
    private final ControlForm form = new ControlForm();
    private final Label heading = new Label();
    private final ListView<Risk> risks = new ListView<>();
    private final VBox body;
    private final Label empty = new Label("Choose a control on the left, or add controls from the library.");

    ControlPage(ControlsViewModel vm) {
        this.vm = vm;
        setId("controlPage");
        setFitToWidth(true);
        heading.getStyleClass().add("title-3");
        heading.setWrapText(true);
        Button save = new Button("Save", new FontIcon(StewardIcon.CONTENT_SAVE_OUTLINE));
        save.setId("saveControl");
        save.setDefaultButton(false);
        save.setOnAction(e -> save());
        Button revert = new Button("Revert");
        revert.setOnAction(e -> show(vm.selectedProperty().get()));
        Button delete = new Button("Delete", new FontIcon(StewardIcon.DELETE_OUTLINE));
        delete.setOnAction(e -> vm.delete(vm.selectedProperty().get()));
        HBox buttons = new HBox(8, save, revert, delete);
        risks.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        risks.setPrefHeight(150);
        risks.setCellFactory(l -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(Risk r, boolean emptyCell) {
                super.updateItem(r, emptyCell);
                setText(emptyCell || r == null ? null : r.id() + "  " + r.title());
            }
        });
        Button saveRisks = new Button("Save risk links");
        saveRisks.setOnAction(e -> vm.setLinkedRisks(risks.getSelectionModel().getSelectedItems().stream().map(Risk::id).toList()));
        Label risksHint = muted("Select the risks this control treats (Ctrl+click for several), then save.");
        EvidenceList evidence = new EvidenceList(vm.evidence(), vm.evidenceActions(), vm::today, vm::attachEvidence);
        body = new VBox(10, heading, form, buttons,
                section("Framework mappings"), new MappingEditor(vm),
                section("Linked risks"), risksHint, risks, saveRisks,
                section("Evidence"), evidence);
        body.setPadding(new Insets(16));
        empty.getStyleClass().add("text-muted");
        empty.setPadding(new Insets(20));
        vm.selectedProperty().addListener((o, a, c) -> show(c));
        vm.linkedRisks().addListener((ListChangeListener<Risk>) c -> selectRisks());
        show(vm.selectedProperty().get());
        setOnKeyPressed(e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.S && e.isShortcutDown()) save();
        });
    }

    private void save() {
        Control before = vm.selectedProperty().get();
        if (before == null) return;
        try {
            vm.save(before, form.read(before));
        } catch (IllegalArgumentException | NullPointerException e) {
            new javafx.scene.control.Alert(javafx.scene.control.Alert.AlertType.WARNING, "Not saved: " + e.getMessage()).showAndWait();
        }
    }

    private void show(Control c) {
        if (c == null) {
            setContent(empty);
            return;
        }
        heading.setText(c.id() + "  " + c.name());
        var data = vm.dataProperty().get();
        form.show(c, data.people(), data.agents());
        risks.getItems().setAll(data.risks());
        selectRisks();
        setContent(body);
    }

    private void selectRisks() {
        risks.getSelectionModel().clearSelection();
        List<Risk> linked = List.copyOf(vm.linkedRisks());
        for (Risk r : risks.getItems()) if (linked.stream().anyMatch(l -> l.id().equals(r.id()))) risks.getSelectionModel().select(r);
    }

    void focusForm() {
        form.name.requestFocus();
    }

    private static Label section(String s) {
        Label l = new Label(s);
        l.getStyleClass().add("title-4");
        l.setPadding(new Insets(12, 0, 0, 0));
        l.setAlignment(Pos.CENTER_LEFT);
        return l;
    }

    private static Label muted(String s) {
        Label l = new Label(s);
        l.setWrapText(true);
        l.getStyleClass().add("text-muted");
        return l;
    }
}
