package dev.steward.ui.risks;

import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;

/** The Risks section: the register (table and risk page), suggested risks, the taxonomy and the scoring matrix. */
public final class RisksView extends BorderPane {
    public RisksView(RisksViewModel risks, SuggestionsViewModel suggestions, TaxonomyViewModel taxonomy,
                     MatrixViewModel matrix, Runnable workshop) {
        getStylesheets().add(Bands.STYLESHEET);
        RiskTablePane table = new RiskTablePane(risks, workshop);
        SplitPane register = new SplitPane(table, new RiskEditorPane(risks, () -> AcceptanceDialog.show(getScene().getWindow(), risks)));
        register.setDividerPositions(0.6); // the editor needs room for its level boxes and lists
        Tab registerTab = new Tab("Register", register);
        Tab suggested = new Tab("Suggested", new SuggestionsPane(suggestions, risks));
        suggested.setId("suggestedTab");
        Tab tax = new Tab("Taxonomy", new TaxonomyPane(taxonomy));
        Tab mat = new Tab("Scoring matrix", new MatrixPane(matrix));
        TabPane tabs = new TabPane(registerTab, suggested, tax, mat);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        suggested.setOnSelectionChanged(e -> {
            if (suggested.isSelected()) suggestions.reload();
        });
        setCenter(tabs);
        risks.loadThreats();
        setOnKeyPressed(e -> {
            if (new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN).match(e)) {
                risks.newRisk();
                e.consume();
            } else if (new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN).match(e)) {
                lookup("#riskSearch").requestFocus();
                e.consume();
            }
        });
    }
}
