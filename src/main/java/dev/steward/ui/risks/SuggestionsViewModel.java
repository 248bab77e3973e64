package dev.steward.ui.risks;

import dev.steward.app.SuggestionService;
import dev.steward.domain.suggest.RiskSuggestion;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.List;

/** Risks Steward proposes from agent profiles; the user accepts or dismisses each. */
public final class SuggestionsViewModel {
    private final RiskBoardModel model;
    private final SuggestionService service;
    private final ObservableList<RiskSuggestion> suggestions = FXCollections.observableArrayList();
    private final ObjectProperty<RiskSuggestion> selected = new SimpleObjectProperty<>();

    public SuggestionsViewModel(RiskBoardModel model, SuggestionService service) {
        this.model = model;
        this.service = service;
        model.boardProperty().addListener((o, a, b) -> reload());
    }

    public void reload() {
        var o = model.openedProperty().get();
        if (o == null) {
            suggestions.clear();
            return;
        }
        model.tasks().run(Work.of("Suggesting risks", () -> service.suggestions(o.register())), this::show,
                e -> model.dialogs().showError("Cannot suggest risks", e.getMessage(), e));
    }

    private void show(List<RiskSuggestion> list) {
        String keep = selected.get() == null ? null : selected.get().id();
        suggestions.setAll(list);
        selected.set(list.stream().filter(s -> s.id().equals(keep)).findFirst().orElse(list.isEmpty() ? null : list.get(0)));
    }

    public void accept() {
        RiskSuggestion s = selected.get();
        if (s != null) model.edit("Cannot accept the suggested risk", o -> service.accept(o, s), null);
    }

    public void dismiss(String reason) {
        RiskSuggestion s = selected.get();
        // a dismissal leaves the risk board as it was, so reload here rather than on the board's change
        if (s != null) model.edit("Cannot dismiss the suggested risk", o -> service.dismiss(o, s, reason), this::reload);
    }

    public ObservableList<RiskSuggestion> suggestions() { return suggestions; }
    public ObjectProperty<RiskSuggestion> selectedProperty() { return selected; }
}
