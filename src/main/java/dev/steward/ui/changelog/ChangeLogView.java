package dev.steward.ui.changelog;

import dev.steward.app.ChangeDiff;
import dev.steward.domain.ChangeEntry;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** The change log as a filterable table with the selected entry's field changes below it. */
public final class ChangeLogView extends BorderPane {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneId.systemDefault());
    private static final String ZONE_NAME = dev.steward.ui.ZoneNames.of(ZoneId.systemDefault());

    public ChangeLogView(ChangeLogViewModel vm) {
        getStyleClass().add("section");
        Label heading = new Label("Change log");
        heading.getStyleClass().add("title-2");
        TextField filter = new TextField();
        filter.setId("changeLogFilter");
        filter.setPromptText("Filter by who, entity, id or action");
        filter.textProperty().bindBidirectional(vm.filterProperty());
        HBox.setHgrow(filter, Priority.ALWAYS);
        Label count = new Label();
        vm.rows().addListener((javafx.collections.ListChangeListener<ChangeEntry>) c ->
                count.setText(dev.steward.ui.Counts.of(vm.rows().size()) + " of " + dev.steward.ui.Counts.of(vm.totalRows()) + " entries"));
        HBox bar = new HBox(12, heading, filter, count);
        bar.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        bar.setPadding(new Insets(0, 0, 12, 0));

        TableView<ChangeEntry> table = new TableView<>(vm.rows());
        table.setId("changeLogTable");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<ChangeEntry, String> seq = column("#", 70, e -> Long.toString(e.seq()));
        seq.setMaxWidth(100);
        table.getColumns().add(seq);
        // The log stores instants; they are shown in this computer's zone, which the header names.
        table.getColumns().add(column(dev.steward.ui.ZoneNames.header("When", ZONE_NAME), 190, e -> TIME.format(e.at())));
        table.getColumns().add(column("Who", 220, ChangeEntry::actor));
        table.getColumns().add(column("Action", 100, e -> e.action().name().toLowerCase()));
        table.getColumns().add(column("Entity", 170, e -> e.entityType().replace('_', ' ')));
        TableColumn<ChangeEntry, String> id = column("Id", 220, ChangeEntry::entityId);
        id.setMinWidth(170); // the last column gives way first when the window narrows: not below a catalog's id
        table.getColumns().add(id);
        table.setPlaceholder(dev.steward.ui.Reading.placeholder(vm.readingProperty(), "Reading the change log…",
                "No changes recorded yet — every edit you make appears here."));
        vm.selectedProperty().bind(table.getSelectionModel().selectedItemProperty());

        TableView<ChangeDiff.FieldChange> details = new TableView<>(vm.selectedChanges());
        details.setId("changeDetails");
        details.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        details.getColumns().add(fieldColumn("Field", 220, ChangeDiff.FieldChange::path));
        details.getColumns().add(fieldColumn("Before", 300, ChangeDiff.FieldChange::before));
        details.getColumns().add(fieldColumn("After", 300, ChangeDiff.FieldChange::after));
        details.setPlaceholder(new Label("Select an entry to see the fields it changed."));

        SplitPane split = new SplitPane(table, new VBox(6, new Label("Fields changed by the selected entry"), details));
        VBox.setVgrow(details, Priority.ALWAYS);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.62);
        setTop(bar);
        setCenter(split);
        setPadding(new Insets(16));
    }

    private static TableColumn<ChangeEntry, String> column(String title, double width,
                                                           java.util.function.Function<ChangeEntry, String> value) {
        TableColumn<ChangeEntry, String> c = new TableColumn<>(title);
        c.setPrefWidth(width);
        c.setMinWidth(Math.min(width, 60));
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        c.setCellFactory(col -> dev.steward.ui.TextCells.withTooltip());
        return c;
    }

    private static TableColumn<ChangeDiff.FieldChange, String> fieldColumn(String title, double width,
            java.util.function.Function<ChangeDiff.FieldChange, String> value) {
        TableColumn<ChangeDiff.FieldChange, String> c = new TableColumn<>(title);
        c.setPrefWidth(width);
        c.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue()) == null ? "—"
                : value.apply(cell.getValue())));
        return c;
    }
}
