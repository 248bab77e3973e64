package dev.steward.ui.violations;

import dev.steward.domain.Severity;
import dev.steward.ui.agents.Tags;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import java.util.function.Function;

/** Policy violations across the register, and the limits the checks apply. */
public final class ViolationsView extends BorderPane {

    public ViolationsView(ViolationsViewModel vm) {
        getStylesheets().add(Tags.CSS);
        setPadding(new Insets(16));
        Label heading = new Label("Policy violations");
        heading.getStyleClass().add("section-title");
        TextField filter = new TextField();
        filter.setId("violationFilter");
        filter.setPromptText("Filter by agent, rule, severity or words");
        filter.textProperty().bindBidirectional(vm.filterProperty());
        HBox.setHgrow(filter, Priority.ALWAYS);
        Label summary = new Label();
        summary.setId("violationSummary");
        summary.textProperty().bind(vm.summaryProperty());
        HBox bar = new HBox(12, heading, filter);
        bar.setAlignment(Pos.CENTER_LEFT);
        setTop(new VBox(8, bar, summary));

        TableView<ViolationsViewModel.Row> table = new TableView<>(vm.rows());
        table.setId("violationsTable");
        table.setStyle("-fx-font-size: 14px;");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(col("Agent", 90, r -> r.violation().subjectId()));
        table.getColumns().add(col("Name", 200, ViolationsViewModel.Row::subjectName));
        table.getColumns().add(col("Rule id", 85, r -> r.violation().rule().id()));
        TableColumn<ViolationsViewModel.Row, Severity> sev = new TableColumn<>("Severity");
        sev.setPrefWidth(110);
        sev.setMinWidth(110);
        sev.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().violation().severity()));
        sev.setCellFactory(c -> Tags.cell(Tags::words, Tags::tone));
        table.getColumns().add(sev);
        table.getColumns().add(col("Rule", 250, r -> r.violation().rule().title()));
        table.getColumns().add(col("What is wrong", 500, r -> r.violation().message()));
        table.setPlaceholder(dev.steward.ui.Reading.placeholder(vm.readingProperty(), "Checking the policies…",
                "No violations — every agent meets every policy rule."));
        setCenter(table);
        BorderPane.setMargin(table, new Insets(12, 0, 12, 0));

        TextField hours = new TextField();
        hours.setId("maxTokenHours");
        hours.setPrefColumnCount(5);
        hours.textProperty().bindBidirectional(vm.maxTokenHours);
        TextField days = new TextField();
        days.setPrefColumnCount(5);
        days.textProperty().bindBidirectional(vm.maxCredentialDays);
        Button save = new Button("Save limits");
        save.setId("saveLimits");
        save.setOnAction(e -> vm.saveLimits());
        HBox limits = new HBox(10, new Label("Policy limits: tokens live at most"), hours, new Label("hours; credentials rotate every"),
                days, new Label("days"), save);
        limits.setAlignment(Pos.CENTER_LEFT);
        setBottom(limits);
    }

    private static TableColumn<ViolationsViewModel.Row, String> col(String title, double width,
                                                                   Function<ViolationsViewModel.Row, String> v) {
        TableColumn<ViolationsViewModel.Row, String> c = new TableColumn<>(title);
        c.setPrefWidth(width);
        c.setMinWidth(width <= 110 ? width : 140);
        c.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(v.apply(cell.getValue())));
        return c;
    }
}
