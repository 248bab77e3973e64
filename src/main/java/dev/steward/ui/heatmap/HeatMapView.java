package dev.steward.ui.heatmap;

import dev.steward.app.RiskBoard;
import dev.steward.domain.Agent;
import dev.steward.domain.Person;
import dev.steward.domain.Risk;
import dev.steward.domain.RiskCategory;
import dev.steward.domain.scoring.HeatMap;
import dev.steward.domain.scoring.RatingView;
import dev.steward.ui.risks.Bands;
import dev.steward.ui.risks.Choices;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The heat map: likelihood up, impact across, each cell in its band's colour with its count and
 * band name. Click a cell (or focus it and press Enter) to list its risks; the out-of-tolerance
 * list sits beside it.
 */
public final class HeatMapView extends BorderPane {
    private final HeatMapViewModel vm;
    private final GridPane grid = new GridPane();

    public HeatMapView(HeatMapViewModel vm) {
        this.vm = vm;
        getStylesheets().add(Bands.STYLESHEET);
        setPadding(new Insets(16));
        Label title = new Label("Heat map");
        title.getStyleClass().add("title-2");
        setTop(new VBox(8, title, filters()));
        grid.setId("heatGrid");
        grid.setHgap(0);
        grid.setVgap(0);
        Label unrated = new Label();
        unrated.setWrapText(true);
        unrated.getStyleClass().add("field-label");
        unrated.textProperty().bind(vm.noteProperty());
        // Until the register's risks are read, the grid's zeros are not counts: greyed under the note.
        grid.opacityProperty().bind(javafx.beans.binding.Bindings.when(vm.readingProperty()).then(0.35).otherwise(1.0));
        VBox left = new VBox(12, grid, unrated);
        left.setPadding(new Insets(12, 16, 0, 0));
        setCenter(left);
        setRight(lists());
        vm.mapProperty().addListener((o, a, m) -> draw(m));
        vm.selectedCellProperty().addListener((o, a, c) -> draw(vm.mapProperty().get()));
        draw(vm.mapProperty().get());
    }

    private FlowPane filters() {
        ToggleGroup group = new ToggleGroup();
        ToggleButton inherent = new ToggleButton("Inherent");
        inherent.setId("viewInherent");
        ToggleButton residual = new ToggleButton("Residual");
        residual.setId("viewResidual");
        inherent.setToggleGroup(group);
        residual.setToggleGroup(group);
        (vm.viewProperty().get() == RatingView.INHERENT ? inherent : residual).setSelected(true);
        inherent.setOnAction(e -> { vm.viewProperty().set(RatingView.INHERENT); inherent.setSelected(true); });
        residual.setOnAction(e -> { vm.viewProperty().set(RatingView.RESIDUAL); residual.setSelected(true); });
        RiskBoard[] b = {vm.model().board()};
        ComboBox<String> category = Choices.of("All categories", c -> b[0].categoryName(c));
        ComboBox<String> agent = Choices.of("All agents", a -> b[0].agentName(a));
        ComboBox<String> owner = Choices.of("All owners", p -> b[0].personName(p));
        category.setId("heatCategory");
        category.valueProperty().bindBidirectional(vm.filter().categoryProperty());
        agent.valueProperty().bindBidirectional(vm.filter().agentProperty());
        owner.valueProperty().bindBidirectional(vm.filter().ownerProperty());
        CheckBox closed = new CheckBox("Include closed");
        closed.selectedProperty().bindBidirectional(vm.filter().includeClosedProperty());
        Runnable fill = () -> {
            Choices.fill(category, b[0].taxonomy().categories().stream().map(RiskCategory::code).toList(), true);
            Choices.fill(agent, b[0].agents().stream().map(Agent::id).toList(), true);
            Choices.fill(owner, b[0].people().stream().map(Person::id).toList(), true);
        };
        vm.model().boardProperty().addListener((o, x, now) -> {
            b[0] = now;
            fill.run();
        });
        fill.run();
        FlowPane bar = new FlowPane(8, 8, new HBox(inherent, residual), category, agent, owner, closed);
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    private VBox lists() {
        Label cellTitle = new Label();
        cellTitle.setId("cellTitle");
        cellTitle.setWrapText(true);
        cellTitle.getStyleClass().add("heat-axis-title");
        cellTitle.textProperty().bind(vm.cellTitleProperty());
        ListView<Risk> cell = riskList(vm.cellRisks(), "", vm.readingProperty());
        cell.setPlaceholder(dev.steward.ui.Reading.placeholder(vm.readingProperty(), "Reading the risks…", vm.cellEmptyProperty()));
        cell.setId("cellRisks");
        Label outTitle = new Label();
        outTitle.getStyleClass().add("heat-axis-title");
        outTitle.textProperty().bind(vm.outOfToleranceTitleProperty());
        ListView<Risk> out = riskList(vm.outOfTolerance(), "No risk out of tolerance for this filter.", vm.readingProperty());
        out.setId("outOfTolerance");
        VBox.setVgrow(out, Priority.ALWAYS);
        VBox box = new VBox(8, cellTitle, cell, outTitle, out);
        box.setPrefWidth(420);
        box.setPadding(new Insets(12, 0, 0, 0));
        return box;
    }

    private ListView<Risk> riskList(javafx.collections.ObservableList<Risk> items, String emptyText,
                                    javafx.beans.value.ObservableBooleanValue reading) {
        ListView<Risk> list = new ListView<>(items);
        list.setPrefHeight(220);
        list.setPlaceholder(dev.steward.ui.Reading.placeholder(reading, "Reading the risks…", emptyText));
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Risk r, boolean empty) {
                super.updateItem(r, empty);
                if (empty || r == null) {
                    setText(null);
                    return;
                }
                setWrapText(true);
                setPrefWidth(0); // wrap inside the list instead of scrolling sideways
                var e = vm.model().board().evaluation(r);
                setText(r.id() + "  " + r.title() + (e == null ? "" : "  ·  " + e.currentScore() + " " + e.currentBand().name()
                        + " vs tolerance " + e.tolerance() + (e.outOfTolerance() ? "  ·  " + e.status().label() : "")));
            }
        });
        return list;
    }

    private void draw(HeatMap map) {
        grid.getChildren().clear();
        if (map == null) return;
        int n = map.matrix().size();
        Label lTitle = new Label("Likelihood ↑");
        lTitle.getStyleClass().add("heat-axis-title");
        grid.add(lTitle, 0, 0);
        for (int l = n; l >= 1; l--) {
            int row = n - l + 1;
            Label axis = new Label(l + " " + map.matrix().likelihoodLabel(l));
            axis.getStyleClass().add("heat-axis");
            axis.setPadding(new Insets(0, 8, 0, 0));
            axis.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE); // never "Almost c…"
            grid.add(axis, 0, row);
            for (int i = 1; i <= n; i++) grid.add(cell(map, l, i), i, row);
        }
        for (int i = 1; i <= n; i++) {
            Label axis = new Label(i + " " + map.matrix().impactLabel(i));
            axis.getStyleClass().add("heat-axis");
            axis.setMaxWidth(Double.MAX_VALUE);
            axis.setWrapText(true);
            grid.add(axis, i, n + 1);
        }
        Label iTitle = new Label("Impact →");
        iTitle.getStyleClass().add("heat-axis-title");
        grid.add(iTitle, 1, n + 2, n, 1);
    }

    private VBox cell(HeatMap map, int l, int i) {
        int count = map.count(l, i);
        var band = map.band(l, i);
        Label c = new Label(dev.steward.ui.Counts.of(count));
        c.getStyleClass().add("heat-count");
        Label name = new Label(band.name() + " · " + l * i);
        name.getStyleClass().add("heat-band");
        VBox box = new VBox(2, c, name);
        box.setId("cell-" + l + "-" + i);
        box.getStyleClass().addAll("heat-cell", Bands.styleClass(band.colour()));
        var sel = vm.selectedCellProperty().get();
        if (sel != null && sel.likelihood() == l && sel.impact() == i) box.getStyleClass().add("heat-cell-selected");
        box.setFocusTraversable(true);
        box.setOnMouseClicked(e -> vm.select(l, i));
        box.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER || e.getCode() == KeyCode.SPACE) vm.select(l, i);
        });
        box.setAccessibleText(count + " risks, likelihood " + l + ", impact " + i + ", " + band.name());
        return box;
    }
}
