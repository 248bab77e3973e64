package dev.steward.ui.search;

import dev.steward.app.CatalogSource;
import dev.steward.app.OpenedRegister;
import dev.steward.app.RegisterSearch;
import dev.steward.app.TaskRunner;
import dev.steward.ui.agents.Work;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.List;
import java.util.function.Consumer;

/**
 * The main window's search over agents, risks, controls, incidents and clauses. The index is made
 * on the worker when the search is first opened after a change to the register, then every
 * keystroke asks it on the FX thread (a scan of plain strings: well under a frame for 60,000 items).
 */
public final class SearchViewModel {
    static final int LIMIT = 50;

    private final TaskRunner tasks;
    private final CatalogSource catalogs;
    private final Consumer<RegisterSearch.Hit> reveal;
    private final StringProperty query = new SimpleStringProperty("");
    private final ObservableList<RegisterSearch.Hit> results = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private RegisterSearch index = RegisterSearch.EMPTY;
    private OpenedRegister opened;
    private boolean stale = true;
    private boolean building;

    /** @param reveal shows a chosen hit in its section */
    public SearchViewModel(TaskRunner tasks, CatalogSource catalogs, Consumer<RegisterSearch.Hit> reveal) {
        this.tasks = tasks;
        this.catalogs = catalogs;
        this.reveal = reveal;
        query.addListener((o, a, q) -> refresh());
        refresh();
    }

    /** The register changed (opened, or edited): the index is made again when next needed. */
    public void registerChanged(OpenedRegister register) {
        opened = register;
        stale = true;
    }

    /** Called when the search opens: makes the index if the register changed since it was made. */
    public void prepare() {
        if (!stale || building) return;
        OpenedRegister register = opened;
        stale = false;
        building = true;
        refresh();
        tasks.run(Work.of("Indexing the register for search", () -> RegisterSearch.of(
                register == null ? null : register.register(), catalogs.load().catalogs())), built -> {
            building = false;
            index = built;
            refresh();
        }, e -> {
            building = false;
            stale = true;
            status.set("Search is not available: " + e.getMessage());
        });
    }

    private void refresh() {
        String q = query.get() == null ? "" : query.get().strip();
        List<RegisterSearch.Hit> hits = index.find(q, LIMIT);
        results.setAll(hits);
        if (building) status.set("Reading the register…");
        else if (q.isEmpty()) status.set("Type an id or words: agents, risks, controls, incidents, framework clauses.");
        else if (hits.isEmpty()) status.set("Nothing matches “" + q + "”.");
        else status.set(hits.size() == LIMIT ? "The first " + LIMIT + " matches; type more to narrow them."
                : hits.size() == 1 ? "1 match" : hits.size() + " matches");
    }

    /** Shows the hit in its section and clears the search for next time. */
    public void choose(RegisterSearch.Hit hit) {
        if (hit == null) return;
        reveal.accept(hit);
        query.set("");
    }

    public StringProperty queryProperty() { return query; }
    public ObservableList<RegisterSearch.Hit> results() { return results; }
    public ReadOnlyStringProperty statusProperty() { return status.getReadOnlyProperty(); }
}
