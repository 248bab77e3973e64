package dev.steward.ui.dashboard;

import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;

/** Count tiles for the open register. */
public final class DashboardView extends VBox {

    public DashboardView(DashboardViewModel vm) {
        super(16);
        setPadding(new Insets(24));
        Label heading = new Label("Dashboard");
        heading.getStyleClass().add("title-2");
        FlowPane tiles = new FlowPane(16, 16);
        tiles.setId("dashboardTiles");
        vm.tiles().addListener((ListChangeListener<DashboardViewModel.Tile>) c -> {
            tiles.getChildren().clear();
            vm.tiles().forEach(t -> tiles.getChildren().add(tile(t)));
        });
        getChildren().addAll(heading, tiles);
    }

    private static VBox tile(DashboardViewModel.Tile t) {
        Label value = new Label(t.value());
        value.getStyleClass().add("tile-value");
        Label label = new Label(t.label());
        label.getStyleClass().add("tile-label");
        Label detail = new Label(t.detail());
        detail.getStyleClass().add("tile-detail");
        detail.setWrapText(true);
        VBox box = new VBox(4, value, label, detail);
        box.getStyleClass().add("tile");
        box.setPrefWidth(250);
        return box;
    }
}
