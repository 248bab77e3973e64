package dev.steward.ui;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TextArea;
import javafx.stage.FileChooser;
import javafx.stage.Window;

import java.io.File;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;

/** JavaFX dialogs: a short message, with the technical details folded away in an expandable area. */
public final class FxDialogService implements DialogService {
    private static final FileChooser.ExtensionFilter REGISTERS =
            new FileChooser.ExtensionFilter("Steward registers (*.steward)", "*.steward");

    private final Supplier<Window> owner;

    public FxDialogService(Supplier<Window> owner) {
        this.owner = owner;
    }

    /** On the main window when it has a scene (a dialog with a window not yet built as owner would fail). */
    private void ownBy(javafx.scene.control.Dialog<?> dialog) {
        Window w = owner.get();
        if (w != null && w.getScene() != null) dialog.initOwner(w);
    }

    @Override
    public void showError(String title, String message, Throwable details) {
        Alert alert = new Alert(Alert.AlertType.ERROR, message, ButtonType.OK);
        ownBy(alert);
        alert.setTitle(title);
        alert.setHeaderText(title);
        if (details != null) {
            StringWriter trace = new StringWriter();
            details.printStackTrace(new PrintWriter(trace));
            TextArea area = new TextArea(trace.toString());
            area.setEditable(false);
            area.setPrefRowCount(14);
            alert.getDialogPane().setExpandableContent(area);
        }
        alert.showAndWait();
    }

    @Override
    public void showWarning(String title, String message) {
        Alert alert = new Alert(Alert.AlertType.WARNING, message, ButtonType.OK);
        ownBy(alert);
        alert.setTitle(title);
        alert.setHeaderText(title);
        alert.showAndWait();
    }

    @Override
    public boolean confirm(String title, String message) {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, message, ButtonType.OK, ButtonType.CANCEL);
        ownBy(alert);
        alert.setTitle(title);
        alert.setHeaderText(title);
        return alert.showAndWait().filter(ButtonType.OK::equals).isPresent();
    }

    @Override
    public Optional<Path> chooseRegisterToOpen() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Open register");
        chooser.getExtensionFilters().add(REGISTERS);
        return Optional.ofNullable(chooser.showOpenDialog(owner.get())).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseRegisterToSave(String suggestedName) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Save register as");
        chooser.getExtensionFilters().add(REGISTERS);
        chooser.setInitialFileName(suggestedName);
        return Optional.ofNullable(chooser.showSaveDialog(owner.get())).map(File::toPath)
                .map(p -> p.getFileName().toString().endsWith(".steward") ? p
                        : p.resolveSibling(p.getFileName() + ".steward"));
    }

    @Override
    public Optional<Path> chooseFolder(String title) {
        javafx.stage.DirectoryChooser chooser = new javafx.stage.DirectoryChooser();
        chooser.setTitle(title);
        return Optional.ofNullable(chooser.showDialog(owner.get())).map(File::toPath);
    }

    @Override
    public void showInfo(String title, String message) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, message, ButtonType.OK);
        ownBy(alert);
        alert.setTitle(title);
        alert.setHeaderText(title);
        alert.showAndWait();
    }
}
