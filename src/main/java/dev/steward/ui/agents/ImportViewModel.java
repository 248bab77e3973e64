package dev.steward.ui.agents;

import dev.steward.app.OpenedRegister;
import dev.steward.app.TaskRunner;
import dev.steward.app.inventory.AgentImportService;
import dev.steward.app.inventory.ImportOutcome;
import dev.steward.app.inventory.ImportReport;
import dev.steward.ui.DialogService;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.nio.file.Path;

/**
 * The import wizard: choose a discovery file, see what each row would do (create, update,
 * unchanged, invalid with its problems) and the unknown columns, then import as one edit.
 * Import is enabled only with a preview that would write something, and with no invalid rows
 * unless the user chose to skip them.
 */
public final class ImportViewModel {
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final AgentImportService imports;
    private final ObjectProperty<Path> file = new SimpleObjectProperty<>();
    private final BooleanProperty skipInvalid = new SimpleBooleanProperty(false);
    private final ObservableList<ImportReport.Line> lines = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("Choose a CSV or XLSX discovery file to preview it.");
    private final ReadOnlyStringWrapper unknownColumns = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper canImport = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper open = new ReadOnlyBooleanWrapper(false);
    private ImportReport preview;
    private OpenedRegister register;

    public ImportViewModel(TaskRunner tasks, DialogService dialogs, AgentImportService imports) {
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.imports = imports;
        file.addListener((o, a, f) -> previewFile(f));
        skipInvalid.addListener(o -> updateCanImport());
    }

    void setRegister(OpenedRegister opened) {
        this.register = opened;
    }

    public void start() {
        open.set(true);
    }

    public void cancel() {
        open.set(false);
        file.set(null);
        lines.clear();
        preview = null;
        summary.set("Choose a CSV or XLSX discovery file to preview it.");
        unknownColumns.set("");
        updateCanImport();
    }

    private void previewFile(Path f) {
        if (f == null || register == null) return;
        OpenedRegister r = register;
        tasks.run(Work.of("Reading " + f.getFileName(), () -> imports.preview(r.register(), f)), this::showPreview, e -> {
            preview = null;
            lines.clear();
            summary.set(e.getMessage());
            unknownColumns.set("");
            updateCanImport();
        });
    }

    private void showPreview(ImportReport report) {
        preview = report;
        lines.setAll(report.lines());
        summary.set("Would import: " + report.summary().replace("created", "create").replace("updated", "update"));
        unknownColumns.set(report.unknownColumns().isEmpty() ? "" : "Unknown columns, ignored: " + String.join(", ", report.unknownColumns()));
        updateCanImport();
    }

    private void updateCanImport() {
        canImport.set(preview != null && (preview.count(ImportOutcome.CREATE) + preview.count(ImportOutcome.UPDATE) > 0)
                && (preview.problems().isEmpty() || skipInvalid.get()));
    }

    public void runImport() {
        if (!canImport.get()) return;
        Path f = file.get();
        OpenedRegister r = register;
        boolean skip = skipInvalid.get();
        tasks.run(Work.of("Importing " + f.getFileName(), () -> imports.importAgents(r, f, false, skip)), report -> {
            cancel();
            summary.set("Imported " + report.file() + ": " + report.summary());
        }, e -> dialogs.showError("Cannot import " + f.getFileName(), e.getMessage(), e));
    }

    public ObjectProperty<Path> fileProperty() { return file; }
    public BooleanProperty skipInvalidProperty() { return skipInvalid; }
    public ObservableList<ImportReport.Line> lines() { return lines; }
    public ReadOnlyStringProperty summaryProperty() { return summary.getReadOnlyProperty(); }
    public ReadOnlyStringProperty unknownColumnsProperty() { return unknownColumns.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty canImportProperty() { return canImport.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty openProperty() { return open.getReadOnlyProperty(); }
}
