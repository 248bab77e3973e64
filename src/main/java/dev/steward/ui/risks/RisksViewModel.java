package dev.steward.ui.risks;

import dev.steward.app.RiskBoard;
import dev.steward.app.Threat;
import dev.steward.app.ThreatCatalog;
import dev.steward.domain.Risk;
import dev.steward.domain.scoring.RiskFilter;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * The risk table: rows filtered by category (with sub-categories), agent, owner and words, the
 * risks out of tolerance, and the selected risk's editor. Shares the board with the heat map.
 */
public final class RisksViewModel {
    private final RiskBoardModel model;
    private final RiskFilterModel filter = new RiskFilterModel(true);
    private final StringProperty search = new SimpleStringProperty("");
    private final ObservableList<RiskRow> rows = FXCollections.observableArrayList();
    private final ObservableList<RiskRow> outOfTolerance = FXCollections.observableArrayList();
    private final ObjectProperty<RiskRow> selected = new SimpleObjectProperty<>();
    private final RiskEditorModel editor;
    private final ThreatCatalog threats;
    private final ObservableList<Threat> threatChoices = FXCollections.observableArrayList();
    private final javafx.beans.property.ReadOnlyStringWrapper summary = new javafx.beans.property.ReadOnlyStringWrapper("");

    public RisksViewModel(RiskBoardModel model, ThreatCatalog threats) {
        this.model = model;
        this.threats = threats;
        this.editor = new RiskEditorModel(model);
        model.boardProperty().addListener((o, a, b) -> refresh());
        filter.onChange(this::refresh);
        search.addListener((o, a, b) -> refresh());
        selected.addListener((o, a, row) -> editor.load(row == null ? null : row.risk()));
        model.readingProperty().addListener((o, a, b) -> summarise());
        refresh();
    }

    /** The line over the table; while a new register's risks are read, that rather than zeros. */
    private void summarise() {
        summary.set(model.readingProperty().get() ? "Reading the risks…"
                : dev.steward.ui.Counts.of(rows.size()) + " risks shown · " + dev.steward.ui.Counts.of(outOfTolerance.size())
                + " out of tolerance in the register");
    }

    public javafx.beans.property.ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    private void refresh() {
        RiskBoard b = model.board();
        String keep = selected.get() == null ? null : selected.get().id();
        rows.setAll(rows(b, filter.filter(), search.get()));
        outOfTolerance.setAll(b.outOfTolerance().stream().map(r -> RiskRow.of(r, b)).toList());
        selected.set(rows.stream().filter(r -> r.id().equals(keep)).findFirst().orElse(null));
        summarise();
        editor.refreshChoices();
    }

    static List<RiskRow> rows(RiskBoard b, RiskFilter f, String words) {
        String needle = words == null ? "" : words.strip().toLowerCase(Locale.ROOT);
        return f.apply(b.risks(), b.taxonomy()).stream().map(r -> RiskRow.of(r, b))
                .filter(row -> needle.isEmpty() || text(row).contains(needle)).toList();
    }

    private static String text(RiskRow row) {
        Risk r = row.risk();
        return String.join(" ", r.id(), r.title(), String.valueOf(r.cause()), String.valueOf(r.event()),
                String.valueOf(r.consequence()), row.category(), row.owner(), row.agents(), String.join(" ", r.threatRefs()))
                .toLowerCase(Locale.ROOT);
    }

    /** The threats a risk may cite, read once on the worker. */
    public void loadThreats() {
        if (!threatChoices.isEmpty()) return;
        model.tasks().run(Work.of("Reading the threat catalogs", threats::threats), threatChoices::setAll,
                e -> model.dialogs().showError("Cannot read the threat catalogs", e.getMessage(), e));
    }

    public String threatLabel(String ref) {
        return threatChoices.stream().filter(t -> t.ref().equals(ref)).findFirst()
                .map(t -> t.ref() + " — " + t.title()).orElse(ref);
    }

    /** Starts a new risk in the editor (saved only when the user saves it). */
    public void newRisk() {
        selected.set(null);
        editor.startNew();
    }

    public void delete() {
        RiskRow row = selected.get();
        if (row == null) return;
        if (!model.dialogs().confirm("Delete " + row.id() + "?", "Delete the risk '" + row.risk().title()
                + "'? Its history stays in the change log, and Undo (Ctrl+Z) brings it back.")) return;
        model.edit("Cannot delete the risk", o -> model.service().delete(o, row.risk()), null);
    }

    /** Formal acceptance of the selected risk, recorded as an approved RISK_ACCEPTANCE approval. */
    public void accept(String requestedById, String approverId, LocalDate expiry, String conditions) {
        RiskRow row = selected.get();
        if (row == null) return;
        model.edit("Cannot accept the risk", o -> model.service().accept(o, row.risk(), requestedById, approverId, expiry, conditions), null);
    }

    public RiskBoardModel model() { return model; }
    public RiskFilterModel filter() { return filter; }
    public StringProperty searchProperty() { return search; }
    public ObservableList<RiskRow> rows() { return rows; }
    public ObservableList<RiskRow> outOfTolerance() { return outOfTolerance; }
    public ObjectProperty<RiskRow> selectedProperty() { return selected; }
    public RiskEditorModel editor() { return editor; }
    public ObservableList<Threat> threatChoices() { return threatChoices; }
}
