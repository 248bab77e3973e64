package dev.steward.ui.dashboard;

import dev.steward.ui.Conditions;
import dev.steward.ui.Section;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

import java.util.function.Consumer;

/** KPI tiles (each a button to the list behind it), risk bands and roadmap progress. */
public final class DashboardView extends VBox {

    public DashboardView(DashboardViewModel vm, Consumer<Section> navigate) {
        super(16);
        setPadding(new Insets(24));
        Label heading = new Label("Dashboard");
        heading.getStyleClass().add("title-2");
        javafx.scene.layout.TilePane tiles = new javafx.scene.layout.TilePane(16, 16);
        tiles.setPrefColumns(4);
        tiles.setId("dashboardTiles");
        vm.tiles().addListener((ListChangeListener<DashboardViewModel.Tile>) c -> {
            tiles.getChildren().clear();
            vm.tiles().forEach(t -> tiles.getChildren().add(tile(t, navigate)));
        });
        GridPane bands = new GridPane();
        GridPane phases = new GridPane();
        vm.riskBands().addListener((ListChangeListener<DashboardViewModel.Bar>) c -> fill(bands, vm.riskBands()));
        vm.roadmap().addListener((ListChangeListener<DashboardViewModel.Bar>) c -> fill(phases, vm.roadmap()));
        GridPane cover = new GridPane();
        vm.coverage().addListener((ListChangeListener<DashboardViewModel.Bar>) c -> fill(cover, vm.coverage()));
        javafx.scene.layout.FlowPane charts = new javafx.scene.layout.FlowPane(48, 24, chart("Risks by band (current rating)", bands), chart("Roadmap progress", phases),
                chart("Coverage per framework (% covered)", cover));
        // Until the first summary arrives the charts would be bare headings: say what is happening instead.
        Label loading = new Label("Summarising the register…");
        loading.setId("dashboardLoading");
        loading.getStyleClass().add("text-muted");
        loading.visibleProperty().bind(Conditions.both(vm.loadingProperty(), Conditions.isNull(vm.summaryProperty())));
        loading.managedProperty().bind(loading.visibleProperty());
        charts.visibleProperty().bind(Conditions.isNotNull(vm.summaryProperty()));
        charts.managedProperty().bind(charts.visibleProperty());
        getChildren().addAll(heading, loading, tiles, charts);
    }

    private static Button tile(DashboardViewModel.Tile t, Consumer<Section> navigate) {
        Label value = new Label(t.value());
        value.getStyleClass().add("tile-value");
        Label label = new Label(t.label() + (t.alert() ? "  ⚠" : ""));
        label.getStyleClass().add("tile-label");
        Label detail = new Label(t.detail());
        detail.getStyleClass().add("tile-detail");
        detail.setWrapText(true);
        detail.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE); // two lines rather than an ellipsis
        VBox box = new VBox(4, value, label, detail);
        Button b = new Button(null, box);
        b.getStyleClass().addAll("tile", t.alert() ? "tile-alert" : "tile-ok");
        b.setPrefSize(300, 132);
        b.setMinSize(300, 132);
        b.setMaxSize(300, 132);
        detail.setMaxWidth(268);
        b.setOnAction(e -> navigate.accept(t.target()));
        b.setAccessibleText(t.label() + ": " + t.value() + ". " + t.detail());
        return b;
    }

    private static VBox chart(String title, GridPane grid) {
        Label l = new Label(title);
        l.getStyleClass().add("tile-label");
        grid.setHgap(12);
        grid.setVgap(6);
        VBox box = new VBox(8, l, grid);
        box.setMinWidth(440);
        return box;
    }

    private static void fill(GridPane grid, java.util.List<DashboardViewModel.Bar> bars) {
        grid.getChildren().clear();
        int row = 0;
        for (DashboardViewModel.Bar bar : bars) {
            ProgressBar p = new ProgressBar(bar.share());
            p.setPrefWidth(260);
            p.getStyleClass().add("band-" + bar.label().toLowerCase(java.util.Locale.ROOT).replace(' ', '-'));
            grid.addRow(row++, new Label(bar.label()), p, new Label(bar.figure()));
        }
    }
}
