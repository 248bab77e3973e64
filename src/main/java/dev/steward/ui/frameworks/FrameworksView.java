package dev.steward.ui.frameworks;

import dev.steward.app.CatalogUpdate;
import dev.steward.domain.Catalog;
import dev.steward.domain.Clause;
import dev.steward.ui.MainViewModel;
import dev.steward.ui.icons.StewardIcon;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.kordamp.ikonli.javafx.FontIcon;

import java.io.File;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Catalog chooser, searchable clause tree, clause page; a banner when the catalog version moved on. */
public final class FrameworksView extends BorderPane {

    private final FrameworksViewModel vm;
    private final TreeView<Clause> tree = new TreeView<>();

    public FrameworksView(FrameworksViewModel vm) {
        this.vm = vm;
        getStyleClass().add("frameworks");
        ClausePageView pageView = new ClausePageView(vm.pageProperty());
        VBox.setVgrow(pageView, Priority.ALWAYS);
        SplitPane split = new SplitPane(left(), new VBox(pageView, new ClauseMappingsEditor(vm)));
        split.setDividerPositions(0.38);
        setTop(banner());
        setCenter(split);
    }

    public FrameworksViewModel viewModel() {
        return vm;
    }

    /** Builds the section on the open register (the window reloads it after edits while it is in view). */
    public static FrameworksView create(FrameworksServices services, MainViewModel main) {
        FrameworksViewModel vm = new FrameworksViewModel(services, main.tasks(), main.dialogs());
        // With a register the window's reload follows at once; without one the catalogs still show.
        if (main.registerProperty().get() == null) vm.reload(null);
        return new FrameworksView(vm);
    }

    private VBox left() {
        ComboBox<Catalog> chooser = new ComboBox<>(vm.catalogs());
        chooser.setId("catalogChooser");
        chooser.setMaxWidth(Double.MAX_VALUE);
        chooser.setCellFactory(l -> new CatalogCell());
        chooser.setButtonCell(new CatalogCell());
        chooser.valueProperty().bindBidirectional(vm.catalogProperty());
        TextField search = new TextField();
        search.setId("clauseSearch");
        search.setPromptText("Search refs, titles and text");
        search.textProperty().bindBidirectional(vm.searchProperty());
        tree.setId("clauseTree");
        tree.setShowRoot(false);
        tree.setCellFactory(t -> new ClauseCell());
        vm.visibleProperty().addListener((o, a, clauses) -> rebuild(clauses));
        tree.getSelectionModel().selectedItemProperty().addListener((o, a, item) -> {
            if (item != null) vm.clauseProperty().set(item.getValue());
        });
        VBox.setVgrow(tree, Priority.ALWAYS);
        Button importButton = new Button("Import…", new FontIcon(StewardIcon.FILE_IMPORT_OUTLINE));
        importButton.setOnAction(e -> chooseImport());
        Button export = new Button("Export OSCAL…", new FontIcon(StewardIcon.FILE_EXPORT_OUTLINE));
        export.setOnAction(e -> chooseExport());
        export.disableProperty().bind(vm.catalogProperty().isNull());
        VBox box = new VBox(8, chooser, search, tree, new HBox(8, importButton, export));
        box.setPadding(new Insets(12));
        return box;
    }

    private VBox banner() {
        Label text = new Label();
        text.setWrapText(true);
        text.setId("versionStatus");
        Button adopt = new Button("Adopt this version");
        adopt.setId("adoptButton");
        adopt.setOnAction(e -> vm.adopt());
        adopt.setMinWidth(Region.USE_PREF_SIZE);
        HBox.setHgrow(text, Priority.ALWAYS);
        Label problems = new Label();
        problems.setId("catalogProblems");
        problems.setWrapText(true);
        problems.getStyleClass().add("catalog-problems");
        HBox version = new HBox(12, new FontIcon(StewardIcon.UPDATE), text, adopt);
        version.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(6, version, problems);
        box.setPadding(new Insets(8, 12, 8, 12));
        box.getStyleClass().add("frameworks-banner");
        vm.updateProperty().addListener((o, a, u) -> {
            text.setText(u == null ? "" : u.describe() + u.orphaned().stream().map(m -> "\nFlagged: " + m.id() + " ("
                    + m.controlId() + " → " + m.clauseRef() + ")").collect(java.util.stream.Collectors.joining()));
            adopt.setVisible(u != null && u.state() != CatalogUpdate.State.UP_TO_DATE);
            adopt.setText(u != null && u.state() == CatalogUpdate.State.NOT_RECORDED ? "Record this version" : "Adopt this version");
        });
        vm.problems().addListener((ListChangeListener<String>) c -> problems.setText(vm.problems().isEmpty() ? ""
                : vm.problems().size() + " catalog problem(s), those files were skipped:\n" + String.join("\n", vm.problems())));
        problems.managedProperty().bind(problems.textProperty().isNotEmpty());
        return box;
    }

    private void rebuild(List<Clause> clauses) {
        TreeItem<Clause> root = new TreeItem<>();
        Map<String, TreeItem<Clause>> items = new HashMap<>();
        boolean searching = !vm.searchProperty().get().isBlank();
        for (Clause c : clauses) {
            TreeItem<Clause> item = new TreeItem<>(c);
            item.setExpanded(searching || c.isRoot());
            items.put(c.ref(), item);
            (c.isRoot() ? root : items.getOrDefault(c.parentRef(), root)).getChildren().add(item);
        }
        tree.setRoot(root);
    }

    private void chooseImport() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Import a catalog (Steward JSON or OSCAL JSON)");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("JSON catalogs (*.json)", "*.json"));
        File f = chooser.showOpenDialog(getScene().getWindow());
        if (f != null) vm.importCatalog(f.toPath());
    }

    private void chooseExport() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export as OSCAL catalog");
        chooser.setInitialFileName(vm.catalogProperty().get().id() + "-oscal.json");
        File f = chooser.showSaveDialog(getScene().getWindow());
        if (f != null) vm.exportOscal(f.toPath());
    }

    private final class ClauseCell extends TreeCell<Clause> {
        @Override
        protected void updateItem(Clause c, boolean empty) {
            super.updateItem(c, empty);
            getStyleClass().remove("clause-match");
            if (empty || c == null) {
                setText(null);
                return;
            }
            setText(c.ref() + "  " + label(c));
            if (!vm.searchProperty().get().isBlank() && vm.matchesProperty().get().contains(c.ref())) {
                getStyleClass().add("clause-match");
            }
        }
    }

    /** A clause's short label: its title, or (NIST subcategories have none) the start of its text. */
    static String label(Clause c) {
        if (!c.title().equals(c.ref())) return c.title();
        String text = c.text() == null ? "" : c.text().strip();
        return text.length() <= 90 ? text : text.substring(0, 88) + "…";
    }

    private final class CatalogCell extends ListCell<Catalog> {
        @Override
        protected void updateItem(Catalog c, boolean empty) {
            super.updateItem(c, empty);
            setText(empty || c == null ? null : c.name() + (vm.isCustom(c) ? "  (custom)" : ""));
        }
    }
}
