package dev.steward.ui.coverage;

import dev.steward.app.SoaRow;
import dev.steward.domain.Control;
import dev.steward.ui.controls.StatusTags;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import java.util.function.Function;

/** The ISO/IEC 42001 Statement of Applicability: the 38 Annex A controls, each decided and justified here. */
final class SoaTab extends BorderPane {

    private final TableView<SoaRow> table = new TableView<>();
    private final Label summary = new Label();

    SoaTab(CoverageViewModel vm) {
        table.setId("soaTable");
        table.setItems(vm.soa());
        table.getColumns().setAll(java.util.List.of(
                text("Control", 80, SoaRow::ref),
                text("Title", 220, SoaRow::title),
                text("Objective", 150, SoaRow::objective),
                applicable(),
                text("Justification", 220, r -> r.justification().isEmpty() ? "— to be written —" : r.justification()),
                text("Implementation", 230, SoaRow::implementation),
                text("Mapped controls", 130, r -> r.controls().isEmpty() ? "—"
                        : String.join(", ", r.controls().stream().map(Control::id).toList())),
                text("Evidence", 90, r -> r.evidence().isEmpty() ? "—" : r.evidence().size() + " file(s)"
                        + (r.evidence().stream().anyMatch(e -> e.isStale(vm.today())) ? ", stale" : ""))));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label("The ISO/IEC 42001 catalog is not loaded; check Frameworks for catalog problems."));
        vm.soa().addListener((ListChangeListener<SoaRow>) c -> summarise(vm));
        ToggleGroup g = new ToggleGroup();
        RadioButton yes = new RadioButton("Applicable");
        RadioButton no = new RadioButton("Not applicable");
        yes.setToggleGroup(g);
        no.setToggleGroup(g);
        TextField why = new TextField();
        why.setPromptText("Justification for inclusion or exclusion");
        HBox.setHgrow(why, Priority.ALWAYS);
        Button save = new Button("Save");
        save.setOnAction(e -> {
            SoaRow r = table.getSelectionModel().getSelectedItem();
            if (r != null) vm.decide(dev.steward.app.CoverageSnapshot.ISO_42001, r.ref(), !no.isSelected(), why.getText());
        });
        why.setOnAction(e -> save.fire());
        table.getSelectionModel().selectedItemProperty().addListener((o, a, r) -> {
            if (r == null) return;
            yes.setSelected(r.applicable());
            no.setSelected(!r.applicable());
            why.setText(r.justification());
        });
        Label selected = new Label();
        selected.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> {
            SoaRow r = table.getSelectionModel().getSelectedItem();
            return r == null ? "Select a control to decide it:" : r.ref() + ":";
        }, table.getSelectionModel().selectedItemProperty()));
        selected.setMinWidth(160);
        HBox editor = new HBox(10, selected, yes, no, why, save);
        editor.setAlignment(Pos.CENTER_LEFT);
        Label note = new Label("Implementation comes from the controls mapped to each Annex A control; "
                + "map more in the Controls section. An undecided control counts as applicable until a decision with its "
                + "justification is recorded. ISO text is not included (copyright): use your licensed copy.");
        note.setWrapText(true);
        note.getStyleClass().add("text-muted");
        VBox top = new VBox(6, summary, note);
        top.setPadding(new Insets(12));
        editor.setPadding(new Insets(8, 12, 12, 12));
        setTop(top);
        setCenter(table);
        setBottom(editor);
        summarise(vm);
    }

    private void summarise(CoverageViewModel vm) {
        long applicable = vm.soa().stream().filter(SoaRow::applicable).count();
        long undecided = vm.soa().stream().filter(r -> !r.decided()).count();
        long implemented = vm.soa().stream().filter(r -> r.implementation().startsWith("Implemented")).count();
        summary.setText(vm.soa().size() + " Annex A controls · " + applicable + " applicable · " + (vm.soa().size() - applicable)
                + " excluded · " + implemented + " implemented · " + undecided + " without a recorded decision");
        summary.getStyleClass().add("title-4");
    }

    private static TableColumn<SoaRow, String> text(String title, double width, Function<SoaRow, String> f) {
        TableColumn<SoaRow, String> c = new TableColumn<>(title);
        c.setPrefWidth(width);
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(f.apply(d.getValue())));
        return c;
    }

    private static TableColumn<SoaRow, SoaRow> applicable() {
        TableColumn<SoaRow, SoaRow> c = new TableColumn<>("Applicable");
        c.setPrefWidth(110);
        c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(d.getValue()));
        c.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(SoaRow r, boolean empty) {
                super.updateItem(r, empty);
                setText(null);
                setGraphic(empty || r == null ? null : !r.decided() ? StatusTags.tag("UNDECIDED", "tag-neutral")
                        : r.applicable() ? StatusTags.tag("YES", "tag-success") : StatusTags.tag("NO", "tag-muted"));
            }
        });
        return c;
    }
}
