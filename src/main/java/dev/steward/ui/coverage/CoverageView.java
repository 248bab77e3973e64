package dev.steward.ui.coverage;

import dev.steward.ui.aiact.AiActTab;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;

/** Coverage: per framework, the ISO 42001 Statement of Applicability, and the EU AI Act per agent. */
public final class CoverageView extends BorderPane {

    public CoverageView(CoverageViewModel vm) {
        getStyleClass().add("coverage");
        getStylesheets().add(CoverageView.class.getResource("/dev/steward/ui/controls.css").toExternalForm());
        Tab frameworks = new Tab("Coverage by framework", new FrameworkCoverageTab(vm));
        Tab soa = new Tab("ISO 42001 Statement of Applicability", new SoaTab(vm));
        Tab aiAct = new Tab("EU AI Act obligations", new AiActTab(vm));
        Tab evidence = new Tab("Evidence", new EvidenceTab(vm));
        TabPane tabs = new TabPane(frameworks, soa, aiAct, evidence);
        tabs.setId("coverageTabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        String tab = System.getProperty("steward.coverageTab");
        if ("SOA".equalsIgnoreCase(tab)) tabs.getSelectionModel().select(soa);
        if ("AIACT".equalsIgnoreCase(tab)) tabs.getSelectionModel().select(aiAct);
        setCenter(tabs);
    }
}
