package dev.steward.ui.risks;

import dev.steward.domain.suggest.RiskSuggestion;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** Suggested risks, agent by agent, with why each is proposed and where it comes from. */
final class SuggestionsPane extends SplitPane {
    SuggestionsPane(SuggestionsViewModel vm, RisksViewModel risks) {
        ListView<RiskSuggestion> list = new ListView<>(vm.suggestions());
        list.setId("suggestionList");
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(RiskSuggestion s, boolean empty) {
                super.updateItem(s, empty);
                setText(empty || s == null ? null : s.agent().name() + " — " + s.template().title());
            }
        });
        Label empty = new Label("No suggestions: every agent's profile is covered by an accepted or dismissed suggestion.");
        empty.setWrapText(true);
        empty.getStyleClass().add("empty-state");
        list.setPlaceholder(empty);
        list.getSelectionModel().selectedItemProperty().addListener((o, a, s) -> vm.selectedProperty().set(s));
        vm.selectedProperty().addListener((o, a, s) -> {
            if (list.getSelectionModel().getSelectedItem() != s) list.getSelectionModel().select(s);
        });

        Label title = new Label();
        title.getStyleClass().add("section-title");
        title.setWrapText(true);
        Label body = new Label();
        body.setWrapText(true);
        TextField reason = new TextField();
        reason.setPromptText("Why dismiss? (e.g. covered by R-0003)");
        Button accept = new Button("Accept as a new risk");
        accept.setId("acceptSuggestion");
        accept.setOnAction(e -> vm.accept());
        Button dismiss = new Button("Dismiss");
        dismiss.setId("dismissSuggestion");
        dismiss.setOnAction(e -> {
            vm.dismiss(reason.getText());
            reason.clear();
        });
        accept.disableProperty().bind(vm.selectedProperty().isNull());
        dismiss.disableProperty().bind(vm.selectedProperty().isNull());
        vm.selectedProperty().addListener((o, a, s) -> {
            title.setText(s == null ? "" : s.template().title());
            body.setText(s == null ? "" : describe(s, risks));
        });
        VBox detail = new VBox(12, title, body, reason, new HBox(8, accept, dismiss));
        detail.setPadding(new Insets(16));
        getItems().addAll(list, detail);
        setDividerPositions(0.42);
    }

    private static String describe(RiskSuggestion s, RisksViewModel risks) {
        var t = s.template();
        var b = risks.model().board();
        StringBuilder out = new StringBuilder();
        out.append("Agent: ").append(s.agent().name()).append(" (").append(s.agent().id()).append(")\n");
        out.append("Why: the agent ").append(String.join("; ", s.reasons())).append(".\n\n");
        out.append("Cause: ").append(t.cause()).append("\nEvent: ").append(t.event()).append("\nConsequence: ")
                .append(t.consequence()).append("\n\n");
        out.append("Category: ").append(b.categoryName(t.categoryCode())).append(" · proposed inherent ")
                .append(t.inherent().likelihood()).append(" × ").append(t.inherent().impact()).append(" (on a 5×5)\n");
        out.append("From: ");
        t.threatRefs().forEach(r -> out.append("\n  ").append(risks.threatLabel(r)));
        if (!s.similarRiskIds().isEmpty()) {
            out.append("\n\nAlready in the register and alike: ").append(String.join(", ", s.similarRiskIds()));
        }
        return out.toString();
    }
}
