package dev.steward.ui.heatmap;

import dev.steward.app.RiskBoard;
import dev.steward.domain.Risk;
import dev.steward.domain.scoring.HeatMap;
import dev.steward.domain.scoring.RatingView;
import dev.steward.ui.risks.RiskBoardModel;
import dev.steward.ui.risks.RiskFilterModel;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The heat map: risks placed by their inherent or residual rating, filtered like the table, the
 * risks of the chosen cell, and the risks out of tolerance. Counts come from the same filter and the
 * same cells the list shows, so the numbers and the lists always agree.
 */
public final class HeatMapViewModel {
    /** A chosen cell: likelihood and impact levels. */
    public record Cell(int likelihood, int impact) {
    }

    private final RiskBoardModel model;
    private final RiskFilterModel filter = new RiskFilterModel(false);
    private final ObjectProperty<RatingView> view = new SimpleObjectProperty<>(RatingView.RESIDUAL);
    private final ReadOnlyObjectWrapper<HeatMap> map = new ReadOnlyObjectWrapper<>();
    private final ObjectProperty<Cell> selectedCell = new SimpleObjectProperty<>();
    private final ObservableList<Risk> cellRisks = FXCollections.observableArrayList();
    private final ObservableList<Risk> outOfTolerance = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper cellTitle = new ReadOnlyStringWrapper("Choose a cell to list its risks");
    /** What the cell's empty list says: nothing chosen yet is not the same as a chosen cell with no risks. */
    private final ReadOnlyStringWrapper cellEmpty = new ReadOnlyStringWrapper(NO_CELL);
    static final String NO_CELL = "No cell chosen: click one on the map.";
    private final ReadOnlyStringWrapper unratedNote = new ReadOnlyStringWrapper("");
    /** The line under the map: what is being read, else the unrated risks. */
    private final ReadOnlyStringWrapper note = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper outOfToleranceTitle = new ReadOnlyStringWrapper("Out of tolerance");

    public HeatMapViewModel(RiskBoardModel model) {
        this.model = model;
        model.boardProperty().addListener((o, a, b) -> refresh());
        filter.onChange(this::refresh);
        view.addListener((o, a, b) -> refresh());
        selectedCell.addListener((o, a, c) -> listCell());
        model.readingProperty().addListener((o, a, b) -> titles());
        refresh();
    }

    /** Until the register's risks are read, the map's zeros and an empty list are not findings. */
    private void titles() {
        boolean reading = model.readingProperty().get();
        note.set(reading ? "Reading the risks…" : unratedNote.get());
        outOfToleranceTitle.set(reading ? "Out of tolerance"
                : "Out of tolerance (" + dev.steward.ui.Counts.of(outOfTolerance.size()) + ")");
    }

    /** Unrated risks named under the map: beyond these the note counts them (50,000 ids made a 400 KB label). */
    public static final int NAMED_UNRATED = 12;

    private void refresh() {
        RiskBoard b = model.board();
        map.set(HeatMap.of(filter.filter().apply(b.risks(), b.taxonomy()), view.get(), b.matrix()));
        var unrated = map.get().unrated();
        unratedNote.set(unrated.isEmpty() ? "" : dev.steward.ui.Counts.of(unrated.size())
                + (unrated.size() == 1 ? " risk has" : " risks have")
                + " no residual rating yet and " + (unrated.size() == 1 ? "is" : "are") + " not on the map: "
                + String.join(", ", unrated.stream().limit(NAMED_UNRATED).map(Risk::id).toList())
                + (unrated.size() > NAMED_UNRATED ? " and " + dev.steward.ui.Counts.of(unrated.size() - NAMED_UNRATED)
                + " more (the Risks list shows them all)" : ""));
        outOfTolerance.setAll(filter.filter().apply(b.outOfTolerance(), b.taxonomy()));
        titles();
        Cell c = selectedCell.get();
        if (c != null && (c.likelihood() > b.matrix().size() || c.impact() > b.matrix().size())) selectedCell.set(null);
        listCell();
    }

    private void listCell() {
        Cell c = selectedCell.get();
        HeatMap m = map.get();
        if (c == null) {
            cellRisks.clear();
            cellTitle.set("Choose a cell to list its risks");
            cellEmpty.set(NO_CELL);
            return;
        }
        cellEmpty.set("No risks in this cell.");
        cellRisks.setAll(m.risks(c.likelihood(), c.impact()));
        var matrix = m.matrix();
        cellTitle.set(m.view().label() + " " + matrix.likelihoodLabel(c.likelihood()) + " × " + matrix.impactLabel(c.impact())
                + " = " + c.likelihood() * c.impact() + " (" + m.band(c.likelihood(), c.impact()).name() + "): "
                + cellRisks.size() + (cellRisks.size() == 1 ? " risk" : " risks"));
    }

    public void select(int likelihood, int impact) {
        selectedCell.set(new Cell(likelihood, impact));
    }

    public RiskBoardModel model() { return model; }
    public RiskFilterModel filter() { return filter; }
    public ObjectProperty<RatingView> viewProperty() { return view; }
    public ReadOnlyObjectProperty<HeatMap> mapProperty() { return map.getReadOnlyProperty(); }
    public ObjectProperty<Cell> selectedCellProperty() { return selectedCell; }
    public ObservableList<Risk> cellRisks() { return cellRisks; }
    public ObservableList<Risk> outOfTolerance() { return outOfTolerance; }
    public ReadOnlyStringProperty cellTitleProperty() { return cellTitle.getReadOnlyProperty(); }
    public ReadOnlyStringProperty cellEmptyProperty() { return cellEmpty.getReadOnlyProperty(); }
    public ReadOnlyStringProperty unratedNoteProperty() { return unratedNote.getReadOnlyProperty(); }
    public ReadOnlyStringProperty noteProperty() { return note.getReadOnlyProperty(); }
    public ReadOnlyStringProperty outOfToleranceTitleProperty() { return outOfToleranceTitle.getReadOnlyProperty(); }
    public javafx.beans.property.ReadOnlyBooleanProperty readingProperty() { return model.readingProperty(); }
}
