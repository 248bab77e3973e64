package dev.steward.ui.frameworks;

import dev.steward.app.CatalogImportException;
import dev.steward.app.CatalogUpdate;
import dev.steward.app.EntityKinds;
import dev.steward.app.LoadedCatalogs;
import dev.steward.app.OpenedRegister;
import dev.steward.app.TaskRunner;
import dev.steward.domain.Catalog;
import dev.steward.domain.Clause;
import dev.steward.domain.Control;
import dev.steward.domain.Mapping;
import dev.steward.ui.DialogService;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The Frameworks section: a catalog chooser, its clause tree filtered as the user types, the selected
 * clause's page, and the register's standing against the catalog's version (adopt, flagged mappings).
 */
public final class FrameworksViewModel {

    /** What one load produced: catalogs, the register's mappings and controls, and version standing. */
    record Loaded(LoadedCatalogs catalogs, List<Mapping> mappings, Map<String, Control> controls,
                  List<CatalogUpdate> updates) {
    }

    private final FrameworksServices services;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private OpenedRegister opened;
    private Loaded loaded = new Loaded(new LoadedCatalogs(List.of(), List.of(), List.of(), Set.of()), List.of(), Map.of(), List.of());

    private final ObservableList<Catalog> catalogs = FXCollections.observableArrayList();
    private final ObjectProperty<Catalog> catalog = new SimpleObjectProperty<>();
    private final StringProperty search = new SimpleStringProperty("");
    private final ReadOnlyObjectWrapper<List<Clause>> visible = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyObjectWrapper<Set<String>> matches = new ReadOnlyObjectWrapper<>(Set.of());
    private final ObjectProperty<Clause> clause = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<ClausePage> page = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<CatalogUpdate> update = new ReadOnlyObjectWrapper<>();
    private final ObservableList<String> problems = FXCollections.observableArrayList();
    private String[] pendingReveal;

    public FrameworksViewModel(FrameworksServices services, TaskRunner tasks, DialogService dialogs) {
        this.services = services;
        this.tasks = tasks;
        this.dialogs = dialogs;
        catalog.addListener((o, a, c) -> catalogChosen(c));
        search.addListener((o, a, q) -> filter());
        clause.addListener((o, a, c) -> showPage());
    }

    /** Loads catalogs and the register's mappings on the worker; called on open and after every edit. */
    public void reload(OpenedRegister register) {
        this.opened = register;
        run("Loading framework catalogs", () -> load(register), this::loaded, "Cannot load the catalogs");
    }

    private Loaded load(OpenedRegister register) {
        LoadedCatalogs all = services.catalogs().load();
        if (register == null) return new Loaded(all, List.of(), Map.of(), List.of());
        var r = register.register();
        Map<String, Control> controls = r.all(EntityKinds.CONTROL).stream()
                .collect(Collectors.toMap(Control::id, Function.identity()));
        return new Loaded(all, r.all(EntityKinds.MAPPING), controls, services.updates().checkAll(r, all.catalogs()));
    }

    /**
     * Shows a clause (from the main window's search): chooses its catalog, narrows the tree to it and
     * opens its page, now if the catalogs are loaded, else as soon as they are.
     */
    public void reveal(String catalogId, String ref) {
        pendingReveal = new String[] {catalogId, ref};
        if (!catalogs.isEmpty()) applyReveal();
    }

    private void applyReveal() {
        String[] r = pendingReveal;
        pendingReveal = null;
        if (r == null) return;
        catalogs.stream().filter(c -> c.id().equals(r[0])).findFirst().ifPresent(c -> {
            catalog.set(c);
            search.set(r[1]);
            c.clause(r[1]).ifPresent(clause::set);
        });
    }

    private void loaded(Loaded l) {
        this.loaded = l;
        String keep = catalog.get() == null ? null : catalog.get().id();
        String keepClause = clause.get() == null ? null : clause.get().ref();
        problems.setAll(l.catalogs().problems().stream().map(String::valueOf).toList());
        catalogs.setAll(l.catalogs().catalogs());
        Catalog next = l.catalogs().catalogs().stream().filter(c -> c.id().equals(keep)).findFirst()
                .orElse(catalogs.isEmpty() ? null : catalogs.get(0));
        catalog.set(null); // forces a refresh even when the same catalog id comes back
        catalog.set(next);
        if (next != null && keepClause != null) next.clause(keepClause).ifPresent(clause::set);
        applyReveal();
    }

    private void catalogChosen(Catalog c) {
        clause.set(null);
        update.set(c == null ? null : loaded.updates().stream().filter(u -> u.catalog().id().equals(c.id()))
                .findFirst().orElse(null));
        filter();
    }

    private void filter() {
        Catalog c = catalog.get();
        Set<String> m = c == null ? Set.of() : ClauseSearch.matches(c, search.get());
        matches.set(m);
        visible.set(c == null ? List.of() : ClauseSearch.visible(c, m));
    }

    private void showPage() {
        Clause c = clause.get();
        page.set(c == null || catalog.get() == null ? null
                : ClausePage.of(c, catalog.get(), loaded.catalogs(), loaded.mappings(), loaded.controls()));
    }

    /** Records that the register's mappings follow the catalog version the app has now. */
    public void adopt() {
        Catalog c = catalog.get();
        if (c == null || opened == null) return;
        run("Adopting " + c.name() + " " + c.version(), () -> services.updates().adopt(opened.register(), c, services.actor()),
                a -> reload(opened), "Cannot adopt the catalog version");
    }

    public void importCatalog(Path file) {
        run("Importing " + file.getFileName(), () -> services.catalogs().importCatalog(file), c -> {
            reload(opened);
            dialogs.showWarning("Catalog imported", c.name() + " " + c.version() + ": " + c.clauses().size() + " clauses.");
        }, "Cannot import the catalog");
    }

    public void exportOscal(Path file) {
        Catalog c = catalog.get();
        if (c == null) return;
        run("Exporting " + c.id() + " as OSCAL", () -> {
            services.catalogs().exportOscal(c, file);
            return file;
        }, f -> { }, "Cannot export the catalog");
    }

    private <T> void run(String title, Callable<T> body, java.util.function.Consumer<T> done, String failure) {
        tasks.run(new TaskRunner.BackgroundWork<T>() {
            @Override
            public String title() {
                return title;
            }

            @Override
            public T run(TaskRunner.Progress progress) throws Exception {
                return body.call();
            }
        }, done, e -> dialogs.showError(failure, e instanceof CatalogImportException ? e.getMessage()
                : String.valueOf(e.getMessage()), e));
    }

    /** The register's mappings to the clause shown, for the clause's mapping editor. */
    public List<Mapping> clauseMappings() {
        Clause c = clause.get();
        Catalog cat = catalog.get();
        if (c == null || cat == null) return List.of();
        return loaded.mappings().stream().filter(m -> m.frameworkId().equals(cat.id()) && m.clauseRef().equals(c.ref())).toList();
    }

    public List<Control> registerControls() {
        return loaded.controls().values().stream().sorted(java.util.Comparator.comparing(Control::id)).toList();
    }

    /** Maps a control to the clause shown: one undoable edit; the section reloads after it. */
    public void mapControl(String controlId, dev.steward.domain.Relation relation, String rationale) {
        Clause c = clause.get();
        Catalog cat = catalog.get();
        if (opened == null || c == null || cat == null) return;
        run("Mapping " + controlId, () -> mappings().addMapping(opened, controlId, cat.id(), c.ref(), relation, rationale),
                m -> { }, "Cannot map the control");
    }

    public void updateMapping(Mapping m, dev.steward.domain.Relation relation, String rationale) {
        if (opened == null) return;
        run("Editing a mapping", () -> {
            mappings().updateMapping(opened, m, relation, rationale);
            return m;
        }, x -> { }, "Cannot edit the mapping");
    }

    public void unmap(Mapping m) {
        if (opened == null) return;
        run("Removing a mapping", () -> {
            mappings().deleteMapping(opened, m);
            return m;
        }, x -> { }, "Cannot remove the mapping");
    }

    private static dev.steward.app.ControlService mappings() {
        return new dev.steward.app.ControlService(List::of); // mapping edits need no control library
    }

    public ObservableList<Catalog> catalogs() { return catalogs; }
    public ObjectProperty<Catalog> catalogProperty() { return catalog; }
    public StringProperty searchProperty() { return search; }
    /** Clauses to show in the tree: matches and their ancestors, in document order. */
    public ReadOnlyObjectProperty<List<Clause>> visibleProperty() { return visible.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<Set<String>> matchesProperty() { return matches.getReadOnlyProperty(); }
    public ObjectProperty<Clause> clauseProperty() { return clause; }
    public ReadOnlyObjectProperty<ClausePage> pageProperty() { return page.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<CatalogUpdate> updateProperty() { return update.getReadOnlyProperty(); }
    /** One line per catalog file that was skipped, "file: /pointer: message". */
    public ObservableList<String> problems() { return problems; }
    public boolean isCustom(Catalog c) { return loaded.catalogs().isCustom(c.id()); }
}
