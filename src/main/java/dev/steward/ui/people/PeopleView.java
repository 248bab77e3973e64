package dev.steward.ui.people;

import dev.steward.domain.CommitteeRole;
import dev.steward.domain.Lifecycle;
import dev.steward.domain.Person;
import dev.steward.ui.agents.Fields;
import dev.steward.ui.agents.Tags;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

import java.util.function.Function;

/** People and their committee seats, and the accountability (RACI) view of every agent with its gaps marked. */
public final class PeopleView extends BorderPane {

    public PeopleView(PeopleViewModel vm) {
        getStylesheets().add(Tags.CSS);
        setPadding(new Insets(16));
        Label heading = new Label("People and accountability");
        heading.getStyleClass().add("section-title");
        setTop(new VBox(12, heading));
        TabPane tabs = new TabPane(new Tab("People and committee", people(vm)), new Tab("Accountability (RACI)", raci(vm)));
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        setCenter(tabs);
    }

    private static Node people(PeopleViewModel vm) {
        TableView<Person> table = new TableView<>(vm.people());
        table.setId("peopleTable");
        table.setStyle("-fx-font-size: 14px;");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(col("Id", 80, Person::id));
        table.getColumns().add(col("Name", 200, Person::name));
        table.getColumns().add(col("Title", 240, p -> p.title() == null ? "" : p.title()));
        table.getColumns().add(col("Department", 180, p -> p.department() == null ? "" : p.department()));
        table.getColumns().add(col("E-mail", 260, p -> p.email() == null ? "" : p.email()));
        TableColumn<Person, CommitteeRole> role = new TableColumn<>("Committee role");
        role.setPrefWidth(170);
        role.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().committeeRole()));
        role.setCellFactory(c -> Tags.cell(r -> r == CommitteeRole.NONE ? "—" : r.label(), r -> r == CommitteeRole.NONE ? "muted" : "accent"));
        table.getColumns().add(role);
        table.setPlaceholder(dev.steward.ui.Reading.placeholder(vm.readingProperty(), "Reading the people…",
                "No people yet — add the committee members and agent owners with the form below."));
        table.getSelectionModel().selectedItemProperty().addListener((o, a, p) -> { if (p != null) vm.selectedProperty().set(p); });

        GridPane form = new GridPane();
        form.setHgap(12);
        form.setVgap(8);
        form.setPadding(new Insets(12, 0, 0, 0));
        form.addRow(0, new Label("Name"), field(vm.name, "personName"), new Label("Title"), field(vm.title, null));
        form.addRow(1, new Label("Department"), field(vm.department, null), new Label("E-mail"), field(vm.email, null));
        Button save = new Button("Save person");
        save.setId("savePerson");
        save.getStyleClass().add("accent");
        save.setOnAction(e -> vm.save());
        Button add = new Button("New person");
        add.setOnAction(e -> {
            table.getSelectionModel().clearSelection();
            vm.startNew();
        });
        form.addRow(2, new Label("Committee role"), Fields.choice(vm.role, CommitteeRole.class, null, CommitteeRole::label),
                new javafx.scene.layout.HBox(8, save, add));
        BorderPane pane = new BorderPane(table);
        pane.setBottom(form);
        pane.setPadding(new Insets(12, 0, 0, 0));
        return pane;
    }

    private static Node raci(PeopleViewModel vm) {
        TableView<PeopleViewModel.RaciRow> table = new TableView<>(vm.raci());
        table.setId("raciTable");
        table.setStyle("-fx-font-size: 14px;");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(rcol("Agent", 90, PeopleViewModel.RaciRow::agentId, null));
        table.getColumns().add(rcol("Name", 240, PeopleViewModel.RaciRow::agent, null));
        TableColumn<PeopleViewModel.RaciRow, Lifecycle> life = new TableColumn<>("Status");
        life.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().lifecycle()));
        life.setCellFactory(c -> Tags.cell(Tags::words, Tags::tone));
        life.setPrefWidth(130);
        table.getColumns().add(life);
        table.getColumns().add(rcol("Owner (accountable)", 190, PeopleViewModel.RaciRow::owner, "No owner"));
        table.getColumns().add(rcol("Approver", 190, PeopleViewModel.RaciRow::approver, "No approver"));
        table.getColumns().add(rcol("Incident investigator", 190, PeopleViewModel.RaciRow::investigator, "—"));
        table.getColumns().add(rcol("Liability holder", 190, PeopleViewModel.RaciRow::liabilityHolder, "—"));
        table.setPlaceholder(dev.steward.ui.Reading.placeholder(vm.readingProperty(), "Reading the agents…",
                "No agents in service — add agents to see who answers for them."));
        Label gaps = new Label();
        gaps.setId("raciGaps");
        gaps.getStyleClass().add("title-4");
        gaps.textProperty().bind(vm.gapsProperty());
        VBox box = new VBox(10, gaps, table);
        box.setPadding(new Insets(12, 0, 0, 0));
        javafx.scene.layout.VBox.setVgrow(table, javafx.scene.layout.Priority.ALWAYS);
        return box;
    }

    /** A RACI column; an empty cell is a gap: shown as a red tag when {@code gap} names it, else a dash. */
    private static TableColumn<PeopleViewModel.RaciRow, String> rcol(String title, double width,
                                                                     Function<PeopleViewModel.RaciRow, String> v, String gap) {
        TableColumn<PeopleViewModel.RaciRow, String> c = new TableColumn<>(title);
        c.setPrefWidth(width);
        c.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(v.apply(cell.getValue())));
        c.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(String s, boolean empty) {
                super.updateItem(s, empty);
                setText(null);
                setGraphic(null);
                if (empty || s == null) return;
                if (!s.isEmpty()) setText(s);
                else if (gap != null && !gap.equals("—")) setGraphic(Tags.tag(gap, "danger"));
                else setText("—");
            }
        });
        return c;
    }

    private static TextField field(javafx.beans.property.StringProperty p, String id) {
        TextField t = new TextField();
        if (id != null) t.setId(id);
        t.textProperty().bindBidirectional(p);
        return t;
    }

    private static TableColumn<Person, String> col(String title, double width, Function<Person, String> v) {
        TableColumn<Person, String> c = new TableColumn<>(title);
        c.setPrefWidth(width);
        c.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(v.apply(cell.getValue())));
        return c;
    }
}
