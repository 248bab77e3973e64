package dev.steward.ui.search;

import dev.steward.app.RegisterSearch;
import javafx.geometry.Bounds;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Popup;

/**
 * The search box: a field and its results under the header. Keyboard first: type, Down to the
 * results, Enter to open one (Enter in the field opens the first), Esc to close.
 */
public final class SearchPopup {
    private final SearchViewModel vm;
    private Popup popup;
    private TextField field;
    private ListView<RegisterSearch.Hit> list;

    public SearchPopup(SearchViewModel vm) {
        this.vm = vm;
    }

    /** Opens the search under {@code anchor} (made on first use: nothing of it costs the first frame). */
    public void show(Node anchor) {
        if (popup == null) build();
        vm.prepare();
        Bounds b = anchor.localToScreen(anchor.getBoundsInLocal());
        popup.show(anchor.getScene().getWindow(), b.getMinX(), b.getMaxY() + 4);
        field.requestFocus();
        field.selectAll();
    }

    private void build() {
        field = new TextField();
        field.setId("searchField");
        field.setPromptText("Search agents, risks, controls, incidents and clauses");
        field.textProperty().bindBidirectional(vm.queryProperty());
        list = new ListView<>(vm.results());
        list.setId("searchResults");
        list.setPrefSize(640, 360);
        list.setCellFactory(l -> new HitCell());
        Label status = new Label();
        status.setId("searchStatus");
        status.getStyleClass().add("text-muted");
        status.textProperty().bind(vm.statusProperty());
        field.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DOWN && !list.getItems().isEmpty()) {
                list.requestFocus();
                list.getSelectionModel().selectFirst();
                e.consume();
            } else if (e.getCode() == KeyCode.ENTER && !list.getItems().isEmpty()) {
                choose(list.getItems().get(0));
                e.consume();
            }
        });
        list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                choose(list.getSelectionModel().getSelectedItem());
                e.consume();
            } else if (e.getCode() == KeyCode.UP && list.getSelectionModel().getSelectedIndex() <= 0) {
                field.requestFocus();
                e.consume();
            }
        });
        list.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) choose(list.getSelectionModel().getSelectedItem());
        });
        VBox box = new VBox(8, field, list, status);
        box.setPadding(new Insets(10));
        box.getStylesheets().add(dev.steward.ui.agents.Tags.CSS);
        // A popup is its own window: it gets the theme, not the window's stylesheet, so its frame is set here.
        box.setStyle("-fx-background-color: -color-bg-default; -fx-border-color: -color-border-default; "
                + "-fx-border-radius: 6; -fx-background-radius: 6; "
                + "-fx-effect: dropshadow(gaussian, rgba(0,0,0,0.25), 16, 0, 0, 4);");
        popup = new Popup();
        popup.setAutoHide(true);
        popup.setHideOnEscape(true);
        popup.getContent().add(box);
    }

    private void choose(RegisterSearch.Hit hit) {
        if (hit == null) return;
        popup.hide();
        vm.choose(hit);
    }

    /** Kind, id, title and where it belongs, on one line. */
    private static final class HitCell extends ListCell<RegisterSearch.Hit> {
        @Override
        protected void updateItem(RegisterSearch.Hit hit, boolean empty) {
            super.updateItem(hit, empty);
            setText(null);
            if (empty || hit == null) {
                setGraphic(null);
                return;
            }
            Label kind = new Label(hit.kind().label());
            kind.getStyleClass().addAll("tag", "tag-neutral");
            kind.setMinWidth(70);
            Label id = new Label(hit.id());
            id.setStyle("-fx-font-weight: bold;");
            id.setMinWidth(USE_PREF_SIZE);
            Label title = new Label(hit.title());
            title.setMinWidth(0);
            HBox.setHgrow(title, Priority.ALWAYS);
            Label detail = new Label(hit.detail());
            detail.getStyleClass().add("text-muted");
            detail.setMinWidth(USE_PREF_SIZE);
            HBox row = new HBox(10, kind, id, title, detail);
            row.setMaxWidth(Double.MAX_VALUE);
            setGraphic(row);
        }
    }
}
