package dev.steward.ui.coverage;

import dev.steward.app.CoverageSnapshot;
import dev.steward.domain.Catalog;
import dev.steward.domain.Clause;
import dev.steward.domain.coverage.ClauseCoverage;
import dev.steward.domain.coverage.FrameworkCoverage;
import dev.steward.domain.coverage.RankedGap;
import dev.steward.ui.controls.StatusTags;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

import java.util.HashMap;
import java.util.Map;

/** One framework: headline figures, per-group figures, the clause tree by status, the gap list and the drill-down. */
final class FrameworkCoverageTab extends BorderPane {

    private final CoverageViewModel vm;
    private final VBox header = new VBox(8);
    private final TreeView<Object> tree = new TreeView<>();
    private final ListView<RankedGap> gaps = new ListView<>();
    private final Tab gapsTab = new Tab("Gaps");

    FrameworkCoverageTab(CoverageViewModel vm) {
        this.vm = vm;
        ComboBox<String> chooser = new ComboBox<>(vm.frameworks());
        chooser.setId("coverageFramework");
        chooser.setConverter(dev.steward.ui.controls.ControlsViewModelAccess.converter(vm::catalogName));
        chooser.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(String id, boolean empty) {
                super.updateItem(id, empty);
                setText(empty || id == null ? null : vm.catalogName(id));
            }
        });
        chooser.valueProperty().bindBidirectional(vm.frameworkProperty());
        header.setPadding(new Insets(12));
        header.getChildren().add(chooser);
        tree.setShowRoot(false);
        tree.setId("coverageTree");
        tree.setCellFactory(t -> new StatusCell());
        tree.getSelectionModel().selectedItemProperty().addListener((o, a, item) -> {
            if (item != null && item.getValue() instanceof ClauseCoverage c) vm.clauseProperty().set(c);
        });
        gaps.setId("gapList");
        gaps.setItems(vm.gaps());
        gaps.setCellFactory(l -> new GapCell());
        gaps.setPlaceholder(dev.steward.ui.Reading.placeholder(vm.readingProperty(), "Computing the coverage…",
                "No gaps: every applicable clause is covered."));
        gaps.getSelectionModel().selectedItemProperty().addListener((o, a, g) -> {
            if (g != null) vm.clauseProperty().set(g.coverage());
        });
        vm.gaps().addListener((ListChangeListener<RankedGap>) c -> gapsTab.setText("Gaps and partial (" + vm.gaps().size() + ")"));
        gapsTab.setContent(gaps);
        TabPane lists = new TabPane(new Tab("Clause tree", tree), gapsTab);
        lists.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        if ("GAPS".equalsIgnoreCase(System.getProperty("steward.coverageList"))) lists.getSelectionModel().select(gapsTab);
        SplitPane split = new SplitPane(lists, new ClauseDetail(vm));
        split.setDividerPositions(0.5);
        setTop(header);
        setCenter(split);
        vm.coverageProperty().addListener((o, a, f) -> show(f));
        show(vm.coverageProperty().get());
        openAt(System.getProperty("steward.coverageClause"));
    }

    /** -Dsteward.coverageClause=FRAMEWORK:REF opens on that clause once (screenshots, demos). */
    private void openAt(String target) {
        if (target == null || !target.contains(":")) return;
        String id = target.substring(0, target.indexOf(':'));
        String ref = target.substring(target.indexOf(':') + 1);
        javafx.beans.value.ChangeListener<FrameworkCoverage> once = new javafx.beans.value.ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends FrameworkCoverage> o, FrameworkCoverage a, FrameworkCoverage f) {
                if (f == null) return;
                if (!f.catalogId().equals(id)) {
                    javafx.application.Platform.runLater(() -> vm.frameworkProperty().set(id));
                    return;
                }
                vm.coverageProperty().removeListener(this);
                f.clause(ref).ifPresent(c -> javafx.application.Platform.runLater(() -> vm.clauseProperty().set(c)));
            }
        };
        vm.coverageProperty().addListener(once);
    }

    private void show(FrameworkCoverage f) {
        header.getChildren().retainAll(header.getChildren().get(0));
        if (f == null) {
            header.getChildren().add(dev.steward.ui.Reading.placeholder(vm.readingProperty(), "Computing the coverage…",
                    "Open a register to see its coverage."));
            tree.setRoot(null);
            return;
        }
        Label about = new Label(f.total().applicable() + " applicable clauses (" + f.total().total() + " assessed: the leaves of the catalog). "
                + "Covered = an implemented or verified control maps as equal, subset or superset; partial = planned or in-progress "
                + "controls, or overlap only; derived = reached only through a published crosswalk.");
        about.setWrapText(true);
        about.getStyleClass().add("text-muted");
        VBox groups = new VBox(2);
        for (FrameworkCoverage.Group g : f.groups()) {
            Label name = new Label(g.ref() + (g.title().equalsIgnoreCase(g.ref()) ? "" : " " + g.title()));
            name.setPrefWidth(260);
            name.setMinWidth(260);
            javafx.scene.layout.HBox bar = Figures.bar(g.tally(), 12);
            bar.setPrefWidth(220);
            bar.setMinWidth(220);
            bar.setMaxWidth(220);
            Label text = new Label(g.tally().summary());
            HBox line = new HBox(10, name, bar, text);
            line.setAlignment(Pos.CENTER_LEFT);
            groups.getChildren().add(line);
        }
        header.getChildren().addAll(Figures.cards(f.total()), about, groups);
        buildTree(f);
    }

    private void buildTree(FrameworkCoverage f) {
        CoverageSnapshot s = vm.snapshotProperty().get();
        Catalog catalog = s.catalogs().catalog(f.catalogId()).orElseThrow();
        Map<String, ClauseCoverage> byRef = new HashMap<>();
        f.clauses().forEach(c -> byRef.put(c.ref(), c));
        Map<String, FrameworkCoverage.Group> groups = new HashMap<>();
        f.groups().forEach(g -> groups.put(g.ref(), g));
        TreeItem<Object> root = new TreeItem<>();
        Map<String, TreeItem<Object>> items = new HashMap<>();
        for (Clause c : catalog.clauses()) {
            Object value = byRef.containsKey(c.ref()) ? byRef.get(c.ref()) : groups.containsKey(c.ref()) ? groups.get(c.ref()) : c;
            TreeItem<Object> item = new TreeItem<>(value);
            item.setExpanded(c.isRoot());
            items.put(c.ref(), item);
            (c.isRoot() ? root : items.getOrDefault(c.parentRef(), root)).getChildren().add(item);
        }
        tree.setRoot(root);
    }

    private static final class StatusCell extends TreeCell<Object> {
        @Override
        protected void updateItem(Object v, boolean empty) {
            super.updateItem(v, empty);
            setGraphic(null);
            setText(null);
            if (empty || v == null) return;
            if (v instanceof ClauseCoverage c) {
                HBox box = new HBox(8, StatusTags.coverage(c.status(), c.derived()), new Label(c.ref() + "  " + label(c.clause())));
                box.setAlignment(Pos.CENTER_LEFT);
                setGraphic(box);
            } else if (v instanceof FrameworkCoverage.Group g) {
                setText(g.ref() + (g.title().equalsIgnoreCase(g.ref()) ? "" : " " + g.title()) + "   —   " + g.tally().summary());
            } else if (v instanceof Clause c) {
                setText(c.ref() + "  " + label(c));
            }
        }
    }

    private static final class GapCell extends ListCell<RankedGap> {
        @Override
        protected void updateItem(RankedGap g, boolean empty) {
            super.updateItem(g, empty);
            setText(null);
            setGraphic(null);
            if (empty || g == null) return;
            Label title = new Label(g.coverage().ref() + "  " + label(g.coverage().clause()));
            Label why = new Label(g.reasons().isEmpty() ? "" : String.join(" · ", g.reasons()));
            why.getStyleClass().add("reason");
            HBox box = new HBox(8, StatusTags.coverage(g.coverage().status(), g.coverage().derived()), new VBox(1, title, why));
            box.setAlignment(Pos.CENTER_LEFT);
            setGraphic(box);
        }
    }

    /** NIST subcategories have no title of their own: show the start of their text instead. */
    static String label(Clause c) {
        if (!c.title().equals(c.ref())) return c.title();
        String text = c.text().strip();
        return text.length() <= 90 ? text : text.substring(0, 88) + "…";
    }
}
