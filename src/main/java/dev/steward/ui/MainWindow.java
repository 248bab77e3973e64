package dev.steward.ui;

import dev.steward.app.ChangeDiff;
import dev.steward.ui.changelog.ChangeLogView;
import dev.steward.ui.export.ExportViewModel;
import dev.steward.ui.changelog.ChangeLogViewModel;
import dev.steward.ui.dashboard.DashboardView;
import dev.steward.ui.dashboard.DashboardViewModel;
import dev.steward.ui.frameworks.FrameworksView;
import dev.steward.ui.icons.StewardIcon;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.kordamp.ikonli.javafx.FontIcon;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;

/**
 * The window frame: menus, the navigation rail, the section in view and the status bar. It
 * binds to {@link MainViewModel}; each section is its own view and view model.
 */
public final class MainWindow {
    /** The top bar's icons besides the sections' (the start-up warms them up on a spare core too). */
    static final java.util.List<StewardIcon> TOP_BAR_ICONS = java.util.List.of(StewardIcon.SHIELD_ACCOUNT_OUTLINE, StewardIcon.MAGNIFY,
            StewardIcon.ARCHIVE_ARROW_DOWN, StewardIcon.MONITOR_EYE);
    private final MainViewModel vm;
    private ExportViewModel export;
    private final BorderPane root = new BorderPane();
    private final StackPane content = new StackPane();
    private final Map<Section, Node> views = new EnumMap<>(Section.class);
    private final Map<Section, java.util.function.Supplier<Node>> viewFactories = new EnumMap<>(Section.class);
    /** Each section's reload; only the section in view reloads at once, the others when next shown. */
    private final Map<Section, java.util.function.Consumer<dev.steward.app.OpenedRegister>> reloaders =
            new EnumMap<>(Section.class);
    private final java.util.Set<Section> stale = java.util.EnumSet.noneOf(Section.class);
    private final Runnable workshop;
    private final dev.steward.app.DisplaySettings display;
    private final javafx.beans.property.BooleanProperty dark = new javafx.beans.property.SimpleBooleanProperty();
    private dev.steward.ui.search.SearchViewModel search; // set after the sections, which its hits open
    private final dev.steward.ui.search.SearchPopup searchPopup;
    private final MenuStrip menuStrip;
    /** Made after the theme is applied, as every control must be (see the constructor). */
    private final javafx.scene.control.Button searchButton;
    /** Reloads wait for the first frame: their background work would compete with it for a small machine's CPU. */
    private boolean firstFrameShown;

    public MainWindow(MainViewModel vm, FxTaskRunner tasks, UiServices services) {
        this.vm = vm;
        // Before the first control exists: otherwise JavaFX parses its default stylesheet first, for nothing.
        this.display = services.display();
        dark.set(display != null && display.darkTheme());
        (dark.get() ? Theme.DARK : Theme.LIGHT).apply();
        searchButton = new javafx.scene.control.Button("Search…  Ctrl+K");
        dark.addListener((o, was, on) -> {
            (on ? Theme.DARK : Theme.LIGHT).apply();
            if (display != null) vm.tasks().run(dev.steward.ui.agents.Work.of("Saving the display settings", () -> {
                display.setDarkTheme(on);
                return null;
            }), x -> { }, e -> { }); // setDarkTheme never throws: a lost preference is not worth a dialog
        });
        // Sections and their view models are made when first shown: the first frame pays only for the one in view.
        var clock = java.time.Clock.systemDefaultZone();
        var risks = Lazy.of(() -> new dev.steward.ui.risks.RiskScreens(vm.tasks(), vm.dialogs(), services.risks(),
                () -> root.getScene().getWindow()));
        section(Section.RISKS, () -> risks.get().risksView(), o -> risks.get().reload(o));
        section(Section.HEAT_MAP, () -> risks.get().heatMapView(), o -> risks.get().reload(o));
        workshop = () -> risks.get().openWorkshop(vm.registerProperty().get());
        var dashboard = Lazy.of(() -> new DashboardViewModel(vm.tasks(), clock,
                services.controls() == null ? null : services.controls().coverage()));
        section(Section.DASHBOARD, () -> new DashboardView(dashboard.get(), vm.sectionProperty()::set), o -> dashboard.get().reload(o));
        var changeLog = Lazy.of(() -> new ChangeLogViewModel(vm.tasks(), services.diff()));
        section(Section.CHANGE_LOG, () -> new ChangeLogView(changeLog.get()), o -> changeLog.get().reload(o));
        // Reloaded like the other sections: at once when in view, else when next shown (not on every edit anywhere).
        section(Section.FRAMEWORKS, () -> {
                    FrameworksView view = FrameworksView.create(services.frameworks(), vm);
                    // An imported catalog brings clauses the search has not indexed yet.
                    view.viewModel().catalogs().addListener((ListChangeListener<dev.steward.domain.Catalog>) c ->
                            this.search.registerChanged(vm.registerProperty().get()));
                    return view;
                },
                o -> ((FrameworksView) views.get(Section.FRAMEWORKS)).viewModel().reload(o));
        var roadmap = Lazy.of(() -> new dev.steward.ui.roadmap.RoadmapViewModel(vm.tasks(), vm.dialogs(),
                vm.registers().templates(), clock));
        section(Section.ROADMAP, () -> new dev.steward.ui.roadmap.RoadmapView(roadmap.get()), o -> roadmap.get().reload(o));
        var incidents = Lazy.of(() -> new dev.steward.ui.incidents.IncidentsViewModel(vm.tasks(), vm.dialogs(),
                new dev.steward.app.IncidentService(clock)));
        section(Section.INCIDENTS, () -> new dev.steward.ui.incidents.IncidentsView(incidents.get()), o -> incidents.get().reload(o));
        var agents = Lazy.of(() -> new dev.steward.ui.agents.AgentSections(vm, services.inventories(), clock));
        section(Section.AGENTS, () -> new dev.steward.ui.agents.AgentsView(agents.get().agents), o -> agents.get().agents.reload(o));
        section(Section.APPROVALS, () -> new dev.steward.ui.approvals.ApprovalsView(agents.get().approvals),
                o -> agents.get().approvals.reload(o));
        section(Section.PEOPLE, () -> new dev.steward.ui.people.PeopleView(agents.get().people), o -> agents.get().people.reload(o));
        section(Section.VIOLATIONS, () -> new dev.steward.ui.violations.ViolationsView(agents.get().violations),
                o -> agents.get().violations.reload(o));
        var controls = Lazy.of(() -> new dev.steward.ui.controls.ControlsViewModel(services.controls(), vm.tasks(),
                vm.dialogs(), services.controls().clock()));
        section(Section.CONTROLS, () -> new dev.steward.ui.controls.ControlsView(controls.get()), o -> controls.get().reload(o));
        var coverage = Lazy.of(() -> new dev.steward.ui.coverage.CoverageViewModel(services.controls(), vm.tasks(), vm.dialogs()));
        section(Section.COVERAGE, () -> new dev.steward.ui.coverage.CoverageView(coverage.get()), o -> coverage.get().reload(o));
        vm.revisionProperty().addListener((o, a, b) -> {
            stale.addAll(reloaders.keySet());
            reloadIfStale(vm.sectionProperty().get());
        });
        search = new dev.steward.ui.search.SearchViewModel(vm.tasks(), services.frameworks().catalogs(), hit -> {
            // Each hit opens its section narrowed to it (the filter shows it and can be cleared there).
            switch (hit.kind()) {
                case AGENT -> {
                    vm.sectionProperty().set(Section.AGENTS);
                    agents.get().agents.filterProperty().set(hit.id());
                }
                case RISK -> {
                    vm.sectionProperty().set(Section.RISKS);
                    risks.get().risks().searchProperty().set(hit.id());
                }
                case CONTROL -> {
                    vm.sectionProperty().set(Section.CONTROLS);
                    controls.get().filterProperty().set(hit.id());
                }
                case INCIDENT -> {
                    vm.sectionProperty().set(Section.INCIDENTS);
                    incidents.get().reveal(hit.id());
                }
                case CLAUSE -> {
                    vm.sectionProperty().set(Section.FRAMEWORKS);
                    ((FrameworksView) views.get(Section.FRAMEWORKS)).viewModel().reveal(hit.catalogId(), hit.id());
                }
            }
        });
        vm.revisionProperty().addListener((o, a, b) -> search.registerChanged(vm.registerProperty().get()));
        searchPopup = new dev.steward.ui.search.SearchPopup(search);
        menuStrip = menus();

        export = new ExportViewModel(services.packs(), vm.tasks(), vm.dialogs(), java.time.Clock.systemDefaultZone());
        root.setTop(new VBox(menuStrip, header()));
        root.setLeft(navigation());
        root.setCenter(content);
        root.setBottom(statusBar(tasks));
        content.getStyleClass().add("content");
        showSection(vm.sectionProperty().get());
        vm.sectionProperty().addListener((o, a, s) -> showSection(s));
    }

    private void section(Section section, java.util.function.Supplier<Node> view,
                         java.util.function.Consumer<dev.steward.app.OpenedRegister> reload) {
        viewFactories.put(section, view);
        reloaders.put(section, reload);
    }

    public void install(Stage stage) {
        // Most of the screen: the committee reads it on a projector, the officer on a laptop.
        var screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(root, Math.max(1000, screen.getWidth() * 0.9), Math.max(680, screen.getHeight() * 0.9));
        scene.getStylesheets().add(MainWindow.class.getResource("steward.css").toExternalForm());
        stage.setScene(scene);
        menuStrip.installShortcuts(scene);
        scene.getAccelerators().put(KeyCombination.keyCombination("Shortcut+F"), () -> searchPopup.show(searchButton));
        stage.titleProperty().bind(vm.titleProperty());
        stage.setMinWidth(900);
        stage.setMinHeight(600);
        new javafx.animation.AnimationTimer() {
            private int ticks;

            @Override
            public void handle(long now) {
                if (++ticks < 2) return; // the pulse after the first frame: that frame is on screen
                stop();
                firstFrameShown = true;
                vm.windowShown(); // the change log's check first: its verdict matters more than the figures
                reloadIfStale(vm.sectionProperty().get());
            }
        }.start();
    }

    public BorderPane root() {
        return root;
    }

    private void showSection(Section section) {
        content.getChildren().setAll(views.computeIfAbsent(section, s -> viewFactories.get(s).get()));
        reloadIfStale(section);
    }

    private void reloadIfStale(Section section) {
        if (!firstFrameShown) return;
        if (stale.remove(section) && vm.registerProperty().get() != null) {
            reloaders.get(section).accept(vm.registerProperty().get());
        }
    }

    private MenuStrip menus() {
        MenuItem newItem = item("New register…", "Shortcut+N", vm::newRegister);
        MenuItem open = item("Open…", "Shortcut+O", vm::openChosen);
        Menu recent = new Menu("Open recent");
        vm.recentFiles().addListener((ListChangeListener<Path>) c -> fillRecent(recent));
        fillRecent(recent);
        MenuItem saveAs = item("Save as…", "Shortcut+Shift+S", vm::saveAs);
        saveAs.disableProperty().bind(Conditions.isNull(vm.registerProperty()));
        MenuItem exportPack = item("Export audit pack…", "Shortcut+E",
                () -> export.export(vm.registerProperty().get(), vm.actorDescription()));
        exportPack.setId("exportItem");
        exportPack.disableProperty().bind(Conditions.isNull(vm.registerProperty()));
        MenuItem quit = item("Quit", "Shortcut+Q", () -> root.getScene().getWindow().hide());
        Menu file = new Menu("_File", null, newItem, open, recent, saveAs, new SeparatorMenuItem(), exportPack,
                new SeparatorMenuItem(), quit);

        MenuItem undo = item("Undo", "Shortcut+Z", vm::undo);
        undo.setId("undoItem");
        undo.textProperty().bind(vm.undoTextProperty());
        undo.disableProperty().bind(Conditions.either(Conditions.not(vm.canUndoProperty()), vm.readOnlyProperty()));
        MenuItem redo = item("Redo", "Shortcut+Y", vm::redo);
        redo.setId("redoItem");
        redo.textProperty().bind(vm.redoTextProperty());
        redo.disableProperty().bind(Conditions.either(Conditions.not(vm.canRedoProperty()), vm.readOnlyProperty()));
        Menu edit = new Menu("_Edit", null, undo, redo);

        MenuItem find = item("Search the register…", "Shortcut+K", () -> searchPopup.show(searchButton));
        javafx.scene.control.CheckMenuItem darkTheme = new javafx.scene.control.CheckMenuItem("Dark theme");
        darkTheme.setId("darkThemeItem");
        // Two listeners rather than bindBidirectional, which would load Bindings before the first frame (Conditions).
        darkTheme.setSelected(dark.get());
        darkTheme.selectedProperty().addListener((o, was, is) -> dark.set(is));
        dark.addListener((o, was, is) -> darkTheme.setSelected(is));
        Menu view = new Menu("_View", null, find, item("Workshop mode", "F11", workshop), darkTheme, new SeparatorMenuItem());
        int n = 1;
        for (Section s : Section.values()) {
            // Ctrl+1 to Ctrl+9 for the first nine; the rest are reached through the menu or the rail.
            view.getItems().add(item(s.label(), n <= 9 ? "Shortcut+" + n : null, () -> vm.sectionProperty().set(s)));
            n++;
        }
        MenuItem verify = item("Verify change log", null, vm::verifyChain);
        Menu register = new Menu("_Register", null, verify);
        return new MenuStrip(file, edit, view, register);
    }

    private void fillRecent(Menu recent) {
        recent.getItems().clear();
        for (Path p : vm.recentFiles()) {
            MenuItem item = new MenuItem(p.getFileName() + "  —  " + p.getParent());
            item.setMnemonicParsing(false);
            item.setOnAction(e -> vm.open(p));
            recent.getItems().add(item);
        }
        recent.setDisable(recent.getItems().isEmpty());
    }

    private Node header() {
        Label name = new Label();
        name.setId("registerName");
        name.getStyleClass().add("register-name");
        name.textProperty().bind(vm.registerProperty()
                .map(opened -> opened.register().file().getFileName().toString()).orElse("Opening register…"));
        Label readOnly = new Label("READ-ONLY");
        readOnly.getStyleClass().addAll("tag", "tag-warning");
        readOnly.visibleProperty().bind(vm.readOnlyProperty());
        readOnly.managedProperty().bind(vm.readOnlyProperty());
        searchButton.setId("searchButton");
        searchButton.setGraphic(new FontIcon(TOP_BAR_ICONS.get(1)));
        searchButton.setAccessibleHelp("Search agents, risks, controls, incidents and clauses (Ctrl+K)");
        searchButton.setOnAction(e -> searchPopup.show(searchButton));
        searchButton.disableProperty().bind(Conditions.isNull(vm.registerProperty()));
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        // The top bar's commands (also in the menus, with their shortcuts): export and workshop mode.
        javafx.scene.control.Button exportButton = new javafx.scene.control.Button("Export audit pack", new FontIcon(TOP_BAR_ICONS.get(2)));
        exportButton.setId("exportButton");
        exportButton.setOnAction(e -> export.export(vm.registerProperty().get(), vm.actorDescription()));
        exportButton.disableProperty().bind(Conditions.isNull(vm.registerProperty()));
        javafx.scene.control.Button workshopButton = new javafx.scene.control.Button("Workshop", new FontIcon(TOP_BAR_ICONS.get(3)));
        workshopButton.setId("workshopButton");
        workshopButton.setOnAction(e -> workshop.run());
        workshopButton.disableProperty().bind(Conditions.isNull(vm.registerProperty()));
        HBox bar = new HBox(12, new FontIcon(TOP_BAR_ICONS.get(0)), name, readOnly, gap, searchButton, exportButton,
                workshopButton);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("header");
        return bar;
    }

    private Node navigation() {
        ToggleGroup group = new ToggleGroup();
        VBox rail = new VBox(4);
        rail.getStyleClass().add("nav-rail");
        for (Section s : Section.values()) {
            ToggleButton b = new ToggleButton(s.label(), new FontIcon(s.icon()));
            b.setId("nav-" + s.name().toLowerCase());
            b.setToggleGroup(group);
            b.setMaxWidth(Double.MAX_VALUE);
            b.setAlignment(Pos.CENTER_LEFT);
            b.setSelected(vm.sectionProperty().get() == s);
            b.setOnAction(e -> {
                vm.sectionProperty().set(s);
                b.setSelected(true); // a rail entry cannot be un-chosen by clicking it again
            });
            vm.sectionProperty().addListener((o, a, now) -> b.setSelected(now == s));
            rail.getChildren().add(b);
        }
        return rail;
    }

    private Node statusBar(FxTaskRunner tasks) {
        FontIcon chainIcon = new FontIcon(StewardIcon.SHIELD_CHECK);
        Runnable showChainState = () -> chainIcon.setIconCode(vm.chainCheckingProperty().get() ? StewardIcon.SHIELD_OUTLINE
                : vm.chainBrokenProperty().get() ? StewardIcon.ALERT_OCTAGON : StewardIcon.SHIELD_CHECK);
        vm.chainBrokenProperty().addListener((o, a, b) -> showChainState.run());
        vm.chainCheckingProperty().addListener((o, a, b) -> showChainState.run());
        showChainState.run();
        Label chain = new Label();
        chain.setId("chainStatus");
        chain.setGraphic(chainIcon);
        chain.textProperty().bind(vm.chainStatusProperty());
        vm.chainBrokenProperty().addListener((o, a, broken) -> {
            chain.getStyleClass().remove("chain-broken");
            if (broken) chain.getStyleClass().add("chain-broken");
        });
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Label work = new Label();
        work.textProperty().bind(tasks.messageProperty());
        // The progress bar and Cancel are made when there is first work to show: hidden until then,
        // and the bar's classes and skin cost ≈ 0.1 s that the first frame need not pay.
        HBox progress = new HBox(12);
        progress.setAlignment(Pos.CENTER_LEFT);
        Runnable makeProgress = () -> {
            if (!progress.getChildren().isEmpty()) return;
            ProgressBar bar = new ProgressBar();
            bar.progressProperty().bind(tasks.progressProperty());
            bar.visibleProperty().bind(tasks.busyProperty());
            bar.setPrefWidth(160);
            javafx.scene.control.Button cancel = new javafx.scene.control.Button("Cancel");
            cancel.getStyleClass().add("small");
            cancel.setOnAction(e -> tasks.cancelCurrent());
            cancel.visibleProperty().bind(tasks.busyProperty());
            cancel.managedProperty().bind(tasks.busyProperty());
            progress.getChildren().addAll(bar, cancel);
        };
        if (tasks.busyProperty().get()) makeProgress.run();
        tasks.busyProperty().addListener((o, was, busy) -> {
            if (busy) makeProgress.run();
        });
        HBox bar = new HBox(12, chain, spacer, work, progress);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(4, 12, 4, 12));
        bar.getStyleClass().add("status-bar");
        return bar;
    }

    private static MenuItem item(String text, String accelerator, Runnable action) {
        MenuItem item = new MenuItem(text);
        if (accelerator != null) item.setAccelerator(KeyCombination.keyCombination(accelerator));
        item.setOnAction(e -> action.run());
        return item;
    }
}
