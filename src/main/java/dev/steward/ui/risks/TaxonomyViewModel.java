package dev.steward.ui.risks;

import dev.steward.app.RiskBoard;
import dev.steward.domain.RiskCategory;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The taxonomy editor: the category tree, the chosen category's fields and tolerance. Saving a
 * tolerance re-evaluates every risk (evaluations are computed on each read), and says what moved.
 */
public final class TaxonomyViewModel {
    private final RiskBoardModel model;
    private final ObservableList<RiskCategory> categories = FXCollections.observableArrayList();
    private final ObjectProperty<RiskCategory> selected = new SimpleObjectProperty<>();
    private final StringProperty code = new SimpleStringProperty("");
    private final ObjectProperty<String> parent = new SimpleObjectProperty<>();
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty description = new SimpleStringProperty("");
    private final ObjectProperty<Integer> tolerance = new SimpleObjectProperty<>(8);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private boolean creating;

    public TaxonomyViewModel(RiskBoardModel model) {
        this.model = model;
        model.boardProperty().addListener((o, a, b) -> refresh());
        selected.addListener((o, a, c) -> load(c));
        refresh();
    }

    private void refresh() {
        String keep = selected.get() == null ? null : selected.get().code();
        categories.setAll(model.board().taxonomy().categories());
        selected.set(categories.stream().filter(c -> c.code().equals(keep)).findFirst().orElse(null));
    }

    private void load(RiskCategory c) {
        creating = false;
        if (c == null) return;
        code.set(c.code());
        parent.set(c.parentCode());
        name.set(c.name());
        description.set(c.description() == null ? "" : c.description());
        tolerance.set(c.tolerance());
    }

    /** A new category under the selected one (or at the top). */
    public void startNew() {
        creating = true;
        parent.set(selected.get() == null ? null : selected.get().code());
        code.set("");
        name.set("");
        description.set("");
        tolerance.set(selected.get() == null ? 8 : selected.get().tolerance());
    }

    public void save() {
        RiskCategory after;
        try {
            after = new RiskCategory(code.get() == null ? null : code.get().strip().toUpperCase(java.util.Locale.ROOT),
                    parent.get(), name.get() == null ? null : name.get().strip(),
                    description.get() == null || description.get().isBlank() ? null : description.get().strip(),
                    tolerance.get() == null ? 0 : tolerance.get());
        } catch (IllegalArgumentException e) {
            model.dialogs().showError("The category cannot be saved", e.getMessage(), e);
            return;
        }
        RiskCategory before = creating ? null : selected.get();
        if (before != null && !before.code().equals(after.code())) {
            model.dialogs().showError("The category cannot be saved", "A category's code cannot change: risks refer to it. "
                    + "Add a new category instead.", null);
            return;
        }
        int outBefore = model.board().outOfTolerance().size();
        model.edit("Cannot save the category", o -> model.service().saveCategory(o, before, after), () -> {
            RiskBoard b = model.board();
            int outAfter = b.outOfTolerance().size();
            message.set("Saved " + after.name() + ". Every risk re-evaluated: " + outAfter + " out of tolerance"
                    + (outAfter == outBefore ? " (unchanged)." : " (was " + outBefore + ")."));
            creating = false;
            categories.stream().filter(c -> c.code().equals(after.code())).findFirst().ifPresent(selected::set);
        });
    }

    public void delete() {
        RiskCategory c = selected.get();
        if (c == null || !model.dialogs().confirm("Delete " + c.name() + "?", "Delete the category " + c.code() + "?")) return;
        model.edit("Cannot delete the category", o -> model.service().deleteCategory(o, c), null);
    }

    public ObservableList<RiskCategory> categories() { return categories; }
    public ObjectProperty<RiskCategory> selectedProperty() { return selected; }
    public StringProperty codeProperty() { return code; }
    public ObjectProperty<String> parentProperty() { return parent; }
    public StringProperty nameProperty() { return name; }
    public StringProperty descriptionProperty() { return description; }
    public ObjectProperty<Integer> toleranceProperty() { return tolerance; }
    public ReadOnlyStringProperty messageProperty() { return message.getReadOnlyProperty(); }
    public RiskBoardModel model() { return model; }
}
