package dev.steward.ui.agents;

import dev.steward.app.inventory.ImportOutcome;
import dev.steward.app.inventory.ImportReport;
import dev.steward.ui.icons.StewardIcon;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.kordamp.ikonli.javafx.FontIcon;

import java.util.function.Function;

/** The import wizard: choose a discovery file, preview every row's outcome, then import (Esc cancels). */
final class ImportView extends BorderPane {

    ImportView(ImportViewModel vm) {
        setId("importWizard");
        setPadding(new Insets(16));
        Label title = new Label("Import a discovery file");
        title.getStyleClass().add("section-title");
        Label explain = new Label("CSV or XLSX from CASB logs, outbound API monitoring or browser-extension scans. Columns: "
                + "name (or agent, tool, app), vendor, model, owner, business unit, discovery source, data classes, first seen, "
                + "last seen, users. Each row becomes a SHADOW agent; a row matching an agent by name and vendor updates its last seen.");
        explain.setWrapText(true);
        Button choose = new Button("Choose file…", new FontIcon(StewardIcon.FOLDER_OPEN_OUTLINE));
        choose.setId("chooseImportFile");
        choose.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle("Choose a discovery file");
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Discovery files (*.csv, *.xlsx)", "*.csv", "*.xlsx"));
            var file = chooser.showOpenDialog(getScene().getWindow());
            if (file != null) vm.fileProperty().set(file.toPath());
        });
        Label fileName = new Label();
        fileName.textProperty().bind(vm.fileProperty().asString().map(s -> s.equals("null") ? "No file chosen" : s));
        HBox chooseRow = new HBox(12, choose, fileName);
        chooseRow.setAlignment(Pos.CENTER_LEFT);
        Label summary = new Label();
        summary.setId("importSummary");
        summary.getStyleClass().add("title-4");
        summary.setWrapText(true);
        summary.textProperty().bind(vm.summaryProperty());
        Label unknown = new Label();
        unknown.setWrapText(true);
        unknown.textProperty().bind(vm.unknownColumnsProperty());
        VBox top = new VBox(10, title, explain, chooseRow, summary, unknown);
        top.setPadding(new Insets(0, 0, 12, 0));
        setTop(top);

        TableView<ImportReport.Line> table = new TableView<>(vm.lines());
        table.setId("importPreview");
        table.getStylesheets().add(Tags.CSS);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(col("Row", 60, l -> Integer.toString(l.row())));
        TableColumn<ImportReport.Line, ImportOutcome> outcome = new TableColumn<>("Outcome");
        outcome.setPrefWidth(120);
        outcome.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().outcome()));
        outcome.setCellFactory(c -> Tags.cell(Tags::words, o -> switch (o) {
            case CREATE -> "accent";
            case UPDATE -> "success";
            case UNCHANGED -> "neutral";
            case INVALID -> "danger";
        }));
        table.getColumns().add(outcome);
        table.getColumns().add(col("Agent", 90, l -> l.agentId() == null ? "" : l.agentId()));
        table.getColumns().add(col("Name", 220, l -> l.name() == null ? "" : l.name()));
        table.getColumns().add(col("Vendor", 140, l -> l.vendor() == null ? "" : l.vendor()));
        table.getColumns().add(col("Detail or problem", 420, ImportReport.Line::detail));
        table.setPlaceholder(new Label("Choose a file to see what each of its rows would do."));
        setCenter(table);

        CheckBox skip = new CheckBox("Skip invalid rows (import the valid ones)");
        skip.setId("skipInvalid");
        skip.selectedProperty().bindBidirectional(vm.skipInvalidProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button cancel = new Button("Cancel");
        cancel.setCancelButton(false);
        cancel.setOnAction(e -> vm.cancel());
        Button run = new Button("Import", new FontIcon(StewardIcon.FILE_IMPORT_OUTLINE));
        run.setId("runImport");
        run.getStyleClass().add("accent");
        run.disableProperty().bind(vm.canImportProperty().not());
        run.setOnAction(e -> vm.runImport());
        HBox bottom = new HBox(12, skip, spacer, cancel, run);
        bottom.setAlignment(Pos.CENTER_LEFT);
        bottom.setPadding(new Insets(12, 0, 0, 0));
        setBottom(bottom);
        setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                vm.cancel();
                e.consume();
            }
        });
    }

    private static TableColumn<ImportReport.Line, String> col(String title, double width, Function<ImportReport.Line, String> v) {
        TableColumn<ImportReport.Line, String> c = new TableColumn<>(title);
        c.setPrefWidth(width);
        c.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(v.apply(cell.getValue())));
        return c;
    }
}
