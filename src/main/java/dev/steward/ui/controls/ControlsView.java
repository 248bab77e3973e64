package dev.steward.ui.controls;

import dev.steward.domain.ImplementationStatus;
import dev.steward.ui.icons.StewardIcon;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

import java.util.function.Function;

/** Controls: a filterable, sortable table beside the selected control's page; Enter opens, Esc returns. */
public final class ControlsView extends BorderPane {

    private final ControlsViewModel vm;
    private final TableView<ControlRow> table = new TableView<>();

    public ControlsView(ControlsViewModel vm) {
        this.vm = vm;
        getStyleClass().add("controls");
        getStylesheets().add(ControlsView.class.getResource("/dev/steward/ui/controls.css").toExternalForm());
        ControlPage page = new ControlPage(vm);
        SplitPane split = new SplitPane(left(), page);
        split.setDividerPositions(0.56);
        setCenter(split);
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) page.focusForm();
        });
        page.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                table.requestFocus();
                e.consume();
            }
        });
    }

    private VBox left() {
        TextField filter = new TextField();
        filter.setId("controlFilter");
        filter.setPromptText("Filter by id, name, description or status");
        filter.textProperty().bindBidirectional(vm.filterProperty());
        HBox.setHgrow(filter, Priority.ALWAYS);
        Button library = new Button("Add from library…", new FontIcon(StewardIcon.BOOKSHELF));
        library.setId("addFromLibrary");
        library.setOnAction(e -> LibraryDialog.choose(getScene().getWindow(), vm.libraryChoices()).ifPresent(vm::addFromLibrary));
        Button add = new Button("New control", new FontIcon(StewardIcon.PLUS));
        add.setOnAction(e -> vm.newControl());
        HBox bar = new HBox(8, filter, library, add);
        bar.setAlignment(Pos.CENTER_LEFT);
        table.setId("controlsTable");
        table.setItems(vm.rows());
        table.getColumns().setAll(java.util.List.of(
                column("ID", 66, ControlRow::id),
                column("Name", 200, r -> r.control().name()),
                statusColumn(),
                column("Owner", 110, ControlRow::owner),
                column("Maps", 60, r -> Integer.toString(r.mappings())),
                column("Risks", 60, r -> Integer.toString(r.risks())),
                column("Evidence", 80, r -> r.evidence() + (r.staleEvidence() > 0 ? " (" + r.staleEvidence() + " stale)" : ""))));
        table.setPlaceholder(dev.steward.ui.Reading.placeholder(vm.readingProperty(), "Reading the controls…",
                "No controls yet — add them from the library (35 controls with their mappings) or write a new one."));
        table.getSelectionModel().selectedItemProperty().addListener((o, a, r) -> {
            if (r != null && (vm.selectedProperty().get() == null || !vm.selectedProperty().get().equals(r.control()))) {
                vm.selectedProperty().set(r.control());
            }
        });
        vm.selectedProperty().addListener((o, a, c) -> {
            if (c == null) return;
            vm.rows().stream().filter(r -> r.id().equals(c.id())).findFirst().ifPresent(r -> {
                if (table.getSelectionModel().getSelectedItem() != r) table.getSelectionModel().select(r);
            });
        });
        VBox.setVgrow(table, Priority.ALWAYS);
        VBox box = new VBox(8, bar, table);
        box.setPadding(new Insets(12));
        return box;
    }

    private static TableColumn<ControlRow, String> column(String title, double width, Function<ControlRow, String> value) {
        TableColumn<ControlRow, String> c = new TableColumn<>(title);
        c.setPrefWidth(width);
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(value.apply(d.getValue())));
        return c;
    }

    private static TableColumn<ControlRow, ImplementationStatus> statusColumn() {
        TableColumn<ControlRow, ImplementationStatus> c = new TableColumn<>("Status");
        c.setPrefWidth(124);
        c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(d.getValue().control().status()));
        c.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(ImplementationStatus s, boolean empty) {
                super.updateItem(s, empty);
                setGraphic(empty || s == null ? null : StatusTags.implementation(s));
                setText(null);
            }
        });
        return c;
    }
}
