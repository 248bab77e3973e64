package dev.steward.ui.approvals;

import dev.steward.domain.ApprovalSubject;
import dev.steward.domain.Decision;
import dev.steward.ui.agents.Fields;
import dev.steward.ui.agents.Tags;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import java.util.function.Function;

/** Approval requests and decisions: the table, the decision form for the selected request, and a new request. */
public final class ApprovalsView extends BorderPane {

    public ApprovalsView(ApprovalsViewModel vm) {
        getStylesheets().add(Tags.CSS);
        setPadding(new Insets(16));
        Label heading = new Label("Approvals");
        heading.getStyleClass().add("section-title");
        TextField filter = new TextField();
        filter.setId("approvalFilter");
        filter.setPromptText("Filter by id, agent, person, decision or status");
        filter.textProperty().bindBidirectional(vm.filterProperty());
        HBox.setHgrow(filter, Priority.ALWAYS);
        HBox bar = new HBox(12, heading, filter);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(0, 0, 12, 0));
        setTop(bar);

        TableView<ApprovalsViewModel.Row> table = new TableView<>(vm.rows());
        table.setId("approvalsTable");
        table.setStyle("-fx-font-size: 14px;");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(col("Id", 85, r -> r.approval().id()));
        table.getColumns().add(col("Subject", 210, ApprovalsViewModel.Row::subject));
        table.getColumns().add(col("What", 140, r -> Tags.words(r.approval().subject())));
        table.getColumns().add(col("Requested by", 150, ApprovalsViewModel.Row::requester));
        TableColumn<ApprovalsViewModel.Row, Decision> decision = new TableColumn<>("Decision");
        decision.setPrefWidth(120);
        decision.setMinWidth(120);
        decision.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().approval().decision()));
        decision.setCellFactory(c -> Tags.cell(Tags::words, Tags::tone));
        table.getColumns().add(decision);
        table.getColumns().add(col("Approver", 150, ApprovalsViewModel.Row::approver));
        table.getColumns().add(col("Status", 265, ApprovalsViewModel.Row::status)); // "Awaiting decision since 2026-11-18" whole
        table.getColumns().add(col("Conditions", 300, r -> r.approval().conditions() == null ? "" : r.approval().conditions()));
        table.setPlaceholder(dev.steward.ui.Reading.placeholder(vm.readingProperty(), "Reading the approvals…",
                "No approvals yet — request one below, or sanction a shadow agent from its page."));
        table.getSelectionModel().selectedItemProperty().addListener((o, a, row) -> { if (row != null) vm.selectedProperty().set(row); });

        SplitPane split = new SplitPane(table, forms(vm));
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.55);
        setCenter(split);
    }

    private static Node forms(ApprovalsViewModel vm) {
        GridPane decide = grid();
        ComboBox<String> approver = Fields.person(vm.approver, vm.people(), "— choose the approver —");
        approver.setId("decisionApprover");
        ComboBox<String> outcome = Fields.choice(vm.decision, Decision.class, null, Tags::words);
        outcome.getItems().remove(Decision.PENDING.name());
        outcome.setId("decisionOutcome");
        TextArea conditions = new TextArea();
        conditions.setPrefRowCount(2);
        conditions.textProperty().bindBidirectional(vm.conditions);
        DatePicker expiry = dev.steward.ui.IsoDates.picker();
        expiry.valueProperty().bindBidirectional(vm.expiry);
        Label problem = new Label();
        problem.setId("decisionProblem");
        problem.setStyle("-fx-text-fill: -color-danger-fg;");
        problem.textProperty().bind(vm.problemProperty());
        Button record = new Button("Record decision");
        record.setId("recordDecision");
        record.getStyleClass().add("accent");
        record.disableProperty().bind(vm.canDecideProperty().not());
        record.setOnAction(e -> vm.decide());
        decide.addRow(0, new Label("Approver"), approver);
        decide.addRow(1, new Label("Decision"), outcome);
        decide.addRow(2, new Label("Conditions"), conditions);
        decide.addRow(3, new Label("Expiry"), expiry);
        decide.addRow(4, new Label(""), new HBox(12, record, problem));

        GridPane request = grid();
        ComboBox<String> agent = new ComboBox<>();
        agent.setId("requestAgent");
        vm.agents().addListener((javafx.collections.ListChangeListener<dev.steward.domain.Agent>) c ->
                agent.getItems().setAll(vm.agents().stream().map(dev.steward.domain.Agent::id).toList()));
        agent.setConverter(Fields.converter(id -> id == null ? "" : vm.agents().stream().filter(a -> a.id().equals(id))
                .findFirst().map(a -> a.id() + " · " + a.name()).orElse(id)));
        agent.valueProperty().bindBidirectional(vm.requestAgent);
        ComboBox<String> subject = Fields.choice(vm.requestSubject, ApprovalSubject.class, null, Tags::words);
        subject.setItems(FXCollections.observableArrayList(ApprovalSubject.AGENT_ONBOARDING.name(), ApprovalSubject.LIFECYCLE_STEP.name()));
        Button ask = new Button("Request approval");
        ask.setId("requestApproval");
        ask.setOnAction(e -> vm.request());
        request.addRow(0, new Label("Agent"), agent);
        request.addRow(1, new Label("For"), subject);
        request.addRow(2, new Label("Requested by"), Fields.person(vm.requestedBy, vm.people(), "— choose —"));
        request.addRow(3, new Label(""), ask);

        Label d = new Label("Decide the selected request");
        d.getStyleClass().add("title-4");
        Label r = new Label("New request");
        r.getStyleClass().add("title-4");
        VBox left = new VBox(8, d, decide);
        VBox right = new VBox(8, r, request);
        HBox both = new HBox(32, left, right);
        HBox.setHgrow(left, Priority.ALWAYS);
        both.setPadding(new Insets(12));
        return both;
    }

    private static GridPane grid() {
        GridPane g = new GridPane();
        g.getColumnConstraints().add(new javafx.scene.layout.ColumnConstraints(110));
        g.setHgap(12);
        g.setVgap(8);
        return g;
    }

    private static TableColumn<ApprovalsViewModel.Row, String> col(String title, double width,
                                                                  Function<ApprovalsViewModel.Row, String> v) {
        TableColumn<ApprovalsViewModel.Row, String> c = new TableColumn<>(title);
        c.setPrefWidth(width);
        // Free text gives way when the window is narrow (its cells show it whole in a tooltip); ids, dates and states keep their width.
        c.setMinWidth(title.equals("Conditions") ? 140 : title.equals("Subject") ? 160 : width);
        c.setCellFactory(col -> dev.steward.ui.TextCells.withTooltip());
        c.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(v.apply(cell.getValue())));
        return c;
    }
}
