package dev.steward.ui.controls;

import dev.steward.app.LibraryControl;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Chooses which controls of the default library to add; those already in the register are marked and left unticked. */
final class LibraryDialog {

    private LibraryDialog() {
    }

    static Optional<List<LibraryControl>> choose(Window owner, List<ControlsViewModel.LibraryChoice> choices) {
        Dialog<List<LibraryControl>> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Add controls from the library");
        dialog.setHeaderText("Each chosen control is added as PLANNED, applying to all agents, with its framework "
                + "mappings — in one edit you can undo.");
        List<CheckBox> boxes = new ArrayList<>();
        VBox list = new VBox(6);
        for (ControlsViewModel.LibraryChoice c : choices) {
            LibraryControl lc = c.control();
            CheckBox box = new CheckBox(lc.name() + (c.present() ? "  (already in the register)" : ""));
            box.setUserData(lc);
            Label detail = new Label(lc.kind() + " · " + lc.nature() + " · " + lc.mappings().size() + " mapping(s) — " + lc.description());
            detail.setWrapText(true);
            detail.getStyleClass().add("text-muted");
            detail.setPadding(new Insets(0, 0, 0, 26));
            boxes.add(box);
            list.getChildren().add(new VBox(2, box, detail));
        }
        Button all = new Button("Tick all not yet present");
        all.setOnAction(e -> {
            for (int i = 0; i < boxes.size(); i++) boxes.get(i).setSelected(!choices.get(i).present());
        });
        Button none = new Button("Untick all");
        none.setOnAction(e -> boxes.forEach(b -> b.setSelected(false)));
        ScrollPane scroll = new ScrollPane(list);
        scroll.setFitToWidth(true);
        scroll.setPrefSize(760, 520);
        dialog.getDialogPane().setContent(new VBox(8, new HBox(8, all, none), scroll));
        ButtonType add = new ButtonType("Add chosen", javafx.scene.control.ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(add, ButtonType.CANCEL);
        dialog.setResultConverter(b -> b == add ? boxes.stream().filter(CheckBox::isSelected)
                .map(x -> (LibraryControl) x.getUserData()).toList() : null);
        return dialog.showAndWait().filter(l -> !l.isEmpty());
    }
}
