package dev.steward.ui.agents;

import dev.steward.domain.Lifecycle;
import dev.steward.domain.Sanction;
import dev.steward.ui.icons.StewardIcon;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import org.kordamp.ikonli.javafx.FontIcon;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.function.Function;

/**
 * The agent inventory: a filterable, sortable table (columns chosen from the table's menu button)
 * and, on Enter or double-click, the agent's page in its place; Esc returns. The import wizard
 * opens over the table.
 */
public final class AgentsView extends StackPane {
    private final AgentsViewModel vm;
    private final TableView<AgentRow> table = new TableView<>();
    private final BorderPane list = new BorderPane();

    public AgentsView(AgentsViewModel vm) {
        this.vm = vm;
        getStylesheets().add(Tags.CSS);
        getStyleClass().add("section");
        list.setTop(toolbar());
        list.setCenter(table());
        list.setPadding(new Insets(16));
        AgentPageView page = new AgentPageView(vm.editor(), vm::closePage);
        ImportView importer = new ImportView(vm.importer());
        getChildren().setAll(list, page, importer);
        page.visibleProperty().bind(vm.editor().originalProperty().isNotNull());
        list.visibleProperty().bind(page.visibleProperty().not().and(vm.importer().openProperty().not()));
        importer.visibleProperty().bind(vm.importer().openProperty());
        page.visibleProperty().addListener((o, was, now) -> {
            if (!now) table.requestFocus();
        });
    }

    /** The wizard's view model, for tests that hand it a file instead of a file chooser. */
    ImportViewModel importer() {
        return vm.importer();
    }

    private HBox toolbar() {
        Label heading = new Label("Agents");
        heading.getStyleClass().add("section-title");
        TextField filter = new TextField();
        filter.setId("agentFilter");
        filter.setPromptText("Filter by id, name, unit, owner, vendor, model, status…");
        filter.textProperty().bindBidirectional(vm.filterProperty());
        HBox.setHgrow(filter, Priority.ALWAYS);
        Label count = new Label();
        count.setId("agentCount");
        vm.rows().addListener((ListChangeListener<AgentRow>) c -> count.setText(dev.steward.ui.Counts.of(vm.rows().size()) + " of " + dev.steward.ui.Counts.of(vm.totalRows()) + " agents"));
        Button add = new Button("New agent", new FontIcon(StewardIcon.PLUS));
        add.setId("newAgent");
        add.setOnAction(e -> vm.newAgent());
        Button importButton = new Button("Import discovery file…", new FontIcon(StewardIcon.FILE_IMPORT_OUTLINE));
        importButton.setId("importAgents");
        importButton.setOnAction(e -> vm.importer().start());
        add.disableProperty().bind(vm.openedProperty().isNull());
        importButton.disableProperty().bind(vm.openedProperty().isNull());
        HBox bar = new HBox(12, heading, filter, count, add, importButton);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(0, 0, 12, 0));
        return bar;
    }

    private TableView<AgentRow> table() {
        table.setId("agentsTable");
        table.getStyleClass().add("agents-table");
        table.setItems(vm.rows());
        // The view model sorts all rows once per sort change; filtering then keeps that order without re-sorting.
        table.setSortPolicy(t -> {
            vm.sortWith(t.getComparator());
            return true;
        });
        table.setTableMenuButtonVisible(true);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        // Governance first: status, sanction, violations and the review date stay in view; the rest give way.
        table.getColumns().add(text("Id", 90, AgentRow::id));
        table.getColumns().add(text("Name", 240, r -> r.agent().name()));
        TableColumn<AgentRow, Lifecycle> life = column("Status", 145, r -> r.agent().lifecycle());
        life.setCellFactory(c -> Tags.cell(Tags::words, Tags::tone));
        table.getColumns().add(life);
        TableColumn<AgentRow, Sanction> sanction = column("Sanction", 115, r -> r.agent().provenance().sanction());
        sanction.setCellFactory(c -> Tags.cell(Tags::words, Tags::tone));
        table.getColumns().add(sanction);
        TableColumn<AgentRow, Integer> violations = column("Violations", 95, r -> r.violations().size());
        violations.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(Integer n, boolean empty) {
                super.updateItem(n, empty);
                setText(empty || n == null ? null : n == 0 ? "none" : Integer.toString(n));
                getStyleClass().remove("count-bad");
                if (!empty && n != null && n > 0) getStyleClass().add("count-bad");
            }
        });
        table.getColumns().add(violations);
        table.getColumns().add(review());
        table.getColumns().add(text("Owner", 170, AgentRow::owner));
        table.getColumns().add(text("Business unit", 160, r -> nz(r.agent().businessUnit())));
        table.getColumns().add(text("AI Act tier", 120, r -> r.agent().aiAct().riskTier() == null ? "Unclassified" : Tags.words(r.agent().aiAct().riskTier())));
        TableColumn<AgentRow, String> vendor = text("Vendor", 160, r -> nz(r.agent().platform().vendor()));
        vendor.setVisible(false);
        table.getColumns().add(vendor);
        TableColumn<AgentRow, String> model = text("Model", 180, r -> nz(r.agent().platform().model()));
        model.setVisible(false);
        table.getColumns().add(model);
        TableColumn<AgentRow, String> autonomy = text("Autonomy", 200, r -> r.agent().autonomy().level() + " · " + r.agent().autonomy().label());
        autonomy.setVisible(false);
        table.getColumns().add(autonomy);
        table.getColumns().add(text("Approver", 170, AgentRow::approver));
        table.getColumns().get(table.getColumns().size() - 1).setVisible(false);
        table.setPlaceholder(dev.steward.ui.Reading.placeholder(vm.readingProperty(), "Reading the agents…",
                "No agents yet — add one with New agent, or import a discovery file (CASB log, API or browser-extension scan)."));
        table.setRowFactory(tv -> {
            var row = new javafx.scene.control.TableRow<AgentRow>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) vm.open(row.getItem());
            });
            return row;
        });
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && table.getSelectionModel().getSelectedItem() != null) {
                vm.open(table.getSelectionModel().getSelectedItem());
                e.consume();
            }
        });
        return table;
    }

    private TableColumn<AgentRow, AgentRow> review() {
        TableColumn<AgentRow, AgentRow> c = new TableColumn<>("Next review");
        c.setPrefWidth(195);
        c.setMinWidth(195);
        c.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue()));
        c.setComparator(Comparator.comparing(AgentRow::nextReview, Comparator.nullsFirst(Comparator.<LocalDate>naturalOrder())));
        c.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(AgentRow r, boolean empty) {
                super.updateItem(r, empty);
                getStyleClass().remove("overdue");
                if (empty || r == null) {
                    setText(null);
                    return;
                }
                String date = r.nextReview() == null ? "never reviewed" : r.nextReview().toString();
                setText(r.reviewOverdue() ? date + " · overdue" : date);
                if (r.reviewOverdue()) getStyleClass().add("overdue");
            }
        });
        return c;
    }

    private static TableColumn<AgentRow, String> text(String title, double width, Function<AgentRow, String> value) {
        TableColumn<AgentRow, String> c = column(title, width, value);
        c.setCellFactory(col -> dev.steward.ui.TextCells.withTooltip());
        return c;
    }

    private static <T> TableColumn<AgentRow, T> column(String title, double width, Function<AgentRow, T> value) {
        TableColumn<AgentRow, T> c = new TableColumn<>(title);
        c.setPrefWidth(width);
        // Short columns (ids, tags, dates) keep their width; long text columns give way when the window is narrow.
        c.setMinWidth(width <= 150 ? width : title.equals("Name") ? 200 : 110);
        c.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        return c;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

}
