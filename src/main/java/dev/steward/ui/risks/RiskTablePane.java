package dev.steward.ui.risks;

import dev.steward.app.RiskBoard;
import dev.steward.domain.Agent;
import dev.steward.domain.Person;
import dev.steward.domain.RiskCategory;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import java.util.function.Function;

/** The filter bar and the risk table; its counts match the heat map's for the same filter. */
final class RiskTablePane extends VBox {

    RiskTablePane(RisksViewModel vm, Runnable workshop) {
        super(8);
        RiskBoard[] board = {vm.model().board()};
        TextField search = new TextField();
        search.setId("riskSearch");
        search.setPromptText("Search risks (Ctrl+F)");
        search.textProperty().bindBidirectional(vm.searchProperty());
        ComboBox<String> category = Choices.of("All categories", c -> board[0].categoryName(c));
        ComboBox<String> agent = Choices.of("All agents", a -> board[0].agentName(a));
        ComboBox<String> owner = Choices.of("All owners", p -> board[0].personName(p));
        category.setId("riskCategoryFilter");
        category.valueProperty().bindBidirectional(vm.filter().categoryProperty());
        agent.valueProperty().bindBidirectional(vm.filter().agentProperty());
        owner.valueProperty().bindBidirectional(vm.filter().ownerProperty());
        CheckBox closed = new CheckBox("Include closed");
        closed.selectedProperty().bindBidirectional(vm.filter().includeClosedProperty());
        Button add = new Button("New risk");
        add.setId("newRisk");
        add.setOnAction(e -> vm.newRisk());
        Button delete = new Button("Delete");
        delete.setOnAction(e -> vm.delete());
        delete.disableProperty().bind(vm.selectedProperty().isNull());
        Button ws = new Button("Workshop mode (F11)");
        ws.setId("openWorkshop");
        ws.setOnAction(e -> workshop.run());
        FlowPane bar = new FlowPane(8, 8, search, category, agent, owner, closed, add, delete, ws);
        bar.setAlignment(Pos.CENTER_LEFT);

        TableView<RiskRow> table = new TableView<>(vm.rows());
        table.setId("riskTable");
        table.getColumns().add(col("Id", 70, RiskRow::id));
        table.getColumns().add(col("Title", 220, r -> r.risk().title()));
        table.getColumns().add(col("Category", 120, RiskRow::category));
        table.getColumns().add(col("Owner", 120, RiskRow::owner));
        table.getColumns().add(bandCol("Inherent", true));
        table.getColumns().add(bandCol("Residual", false));
        table.getColumns().add(col("Tolerance", 70, r -> String.valueOf(r.evaluation().tolerance())));
        table.getColumns().add(col("Standing", 220, r -> r.evaluation().status().label()));
        table.getColumns().add(col("Status", 100, r -> dev.steward.ui.agents.Tags.words(r.risk().status())));
        table.getSelectionModel().selectedItemProperty().addListener((o, a, row) -> vm.selectedProperty().set(row));
        vm.selectedProperty().addListener((o, a, row) -> {
            if (table.getSelectionModel().getSelectedItem() != row) table.getSelectionModel().select(row);
        });
        Label empty = dev.steward.ui.Reading.placeholder(vm.model().readingProperty(), "Reading the risks…",
                "No risks match. Clear the filters, press New risk, or accept a suggestion in the Suggested tab.");
        empty.getStyleClass().add("empty-state");
        empty.setWrapText(true);
        table.setPlaceholder(empty);
        VBox.setVgrow(table, Priority.ALWAYS);

        Label summary = new Label();
        summary.setId("riskSummary");
        summary.textProperty().bind(vm.summaryProperty());

        vm.model().boardProperty().addListener((o, a, b) -> {
            board[0] = b;
            Choices.fill(category, b.taxonomy().categories().stream().map(RiskCategory::code).toList(), true);
            Choices.fill(agent, b.agents().stream().map(Agent::id).toList(), true);
            Choices.fill(owner, b.people().stream().map(Person::id).toList(), true);
        });
        getChildren().addAll(bar, table, summary);
    }

    static TableColumn<RiskRow, String> col(String title, double width, Function<RiskRow, String> value) {
        TableColumn<RiskRow, String> c = new TableColumn<>(title);
        c.setPrefWidth(width);
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(value.apply(d.getValue())));
        c.setCellFactory(x -> dev.steward.ui.TextCells.withTooltip());
        return c;
    }

    private static TableColumn<RiskRow, RiskRow> bandCol(String title, boolean inherent) {
        TableColumn<RiskRow, RiskRow> c = new TableColumn<>(title);
        c.setPrefWidth(125);
        c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(d.getValue()));
        c.setComparator((a, b) -> Integer.compare(score(a, inherent), score(b, inherent)));
        c.setCellFactory(x -> new TableCell<>() {
            @Override
            protected void updateItem(RiskRow row, boolean empty) {
                super.updateItem(row, empty);
                if (empty || row == null) {
                    setGraphic(null);
                    return;
                }
                var e = row.evaluation();
                setGraphic(inherent ? Bands.tag(e.inherentScore(), e.inherentBand()) : Bands.tag(e.residualScore(), e.residualBand()));
            }
        });
        return c;
    }

    private static int score(RiskRow r, boolean inherent) {
        Integer s = inherent ? r.evaluation().inherentScore() : r.evaluation().residualScore();
        return s == null ? 0 : s;
    }
}
