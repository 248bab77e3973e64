package dev.steward.ui.risks;

import dev.steward.domain.RiskCategory;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

import java.util.HashMap;
import java.util.Map;

/** The taxonomy tree and the chosen category's description and tolerance. */
final class TaxonomyPane extends SplitPane {
    TaxonomyPane(TaxonomyViewModel vm) {
        TreeView<RiskCategory> tree = new TreeView<>();
        tree.setId("taxonomyTree");
        tree.setShowRoot(false);
        tree.setCellFactory(v -> new javafx.scene.control.TreeCell<>() {
            @Override
            protected void updateItem(RiskCategory c, boolean empty) {
                super.updateItem(c, empty);
                setText(empty || c == null ? null : c.name() + " (" + c.code() + ") · tolerance " + c.tolerance());
            }
        });
        Runnable build = () -> {
            TreeItem<RiskCategory> root = new TreeItem<>();
            Map<String, TreeItem<RiskCategory>> items = new HashMap<>();
            vm.categories().forEach(c -> items.put(c.code(), new TreeItem<>(c)));
            vm.categories().forEach(c -> {
                TreeItem<RiskCategory> item = items.get(c.code());
                item.setExpanded(true);
                (c.parentCode() == null ? root : items.getOrDefault(c.parentCode(), root)).getChildren().add(item);
            });
            tree.setRoot(root);
            RiskCategory sel = vm.selectedProperty().get();
            if (sel != null && items.containsKey(sel.code())) tree.getSelectionModel().select(items.get(sel.code()));
        };
        vm.categories().addListener((javafx.collections.ListChangeListener<RiskCategory>) c -> build.run());
        build.run();
        tree.getSelectionModel().selectedItemProperty().addListener((o, a, item) -> {
            if (item != null) vm.selectedProperty().set(item.getValue());
        });

        TextField code = new TextField();
        code.textProperty().bindBidirectional(vm.codeProperty());
        ComboBox<String> parent = Choices.of("(top level)", c -> vm.model().board().categoryName(c));
        parent.valueProperty().bindBidirectional(vm.parentProperty());
        vm.categories().addListener((javafx.collections.ListChangeListener<RiskCategory>) c ->
                Choices.fill(parent, vm.categories().stream().map(RiskCategory::code).toList(), true));
        TextField name = new TextField();
        name.textProperty().bindBidirectional(vm.nameProperty());
        TextArea description = new TextArea();
        description.setWrapText(true);
        description.setPrefRowCount(4);
        description.textProperty().bindBidirectional(vm.descriptionProperty());
        Spinner<Integer> tolerance = new Spinner<>(1, RiskCategory.MAX_TOLERANCE, 8);
        tolerance.setId("toleranceSpinner");
        tolerance.setEditable(true);
        tolerance.getValueFactory().valueProperty().bindBidirectional(vm.toleranceProperty());
        Label hint = new Label("The highest residual score (L × I) accepted in this category. Above it a risk needs "
                + "treatment or a formal acceptance.");
        hint.setWrapText(true);
        hint.getStyleClass().add("field-label");
        GridPane form = new GridPane();
        form.setHgap(10);
        form.setVgap(8);
        form.addRow(0, new Label("Code"), code);
        form.addRow(1, new Label("Parent"), parent);
        form.addRow(2, new Label("Name"), name);
        form.addRow(3, new Label("Description"), description);
        form.addRow(4, new Label("Tolerance"), new VBox(4, tolerance, hint));
        Button save = new Button("Save category");
        save.setId("saveCategory");
        save.setOnAction(e -> vm.save());
        Button add = new Button("New sub-category");
        add.setOnAction(e -> vm.startNew());
        Button delete = new Button("Delete");
        delete.setOnAction(e -> vm.delete());
        Label message = new Label();
        message.setId("taxonomyMessage");
        message.setWrapText(true);
        message.textProperty().bind(vm.messageProperty());
        VBox detail = new VBox(12, form, new HBox(8, save, add, delete), message);
        detail.setPadding(new Insets(16));
        getItems().addAll(tree, detail);
        setDividerPositions(0.38);
    }
}
