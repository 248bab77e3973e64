package dev.steward.ui.aiact;

import dev.steward.app.ComplianceService;
import dev.steward.app.LoadedCatalogs;
import dev.steward.app.OpenedRegister;
import dev.steward.domain.AiActClassification;
import dev.steward.domain.AiActRole;
import dev.steward.domain.Agent;
import dev.steward.domain.Clause;
import dev.steward.domain.aiact.AiActAnswers;
import dev.steward.domain.aiact.AiActClassifier;
import dev.steward.domain.aiact.HighRiskException;
import dev.steward.domain.aiact.ProhibitedPractice;
import dev.steward.domain.aiact.TransparencyCase;
import dev.steward.ui.controls.Work;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableSet;

import java.util.EnumSet;
import java.util.List;

/**
 * The classification helper for one agent: the questions in the Act's order (role, Art. 5, Annex I, Annex III,
 * Art. 6(3), profiling, Art. 50, general-purpose model), a live preview of the tier with its reasons, and
 * Save, which records the reasons and sets the agent's role and tier in one undoable edit.
 */
public final class ClassificationViewModel {

    private final Agent agent;
    private final ComplianceService compliance;
    private final OpenedRegister opened;
    private final Work work;
    private final List<String> areas;

    final ObjectProperty<AiActRole> role = new SimpleObjectProperty<>();
    final ObjectProperty<ProhibitedPractice> prohibited = new SimpleObjectProperty<>();
    final BooleanProperty annexIProduct = new SimpleBooleanProperty();
    final ObjectProperty<String> annexIIIArea = new SimpleObjectProperty<>();
    final ObjectProperty<HighRiskException> exception = new SimpleObjectProperty<>();
    final BooleanProperty profiling = new SimpleBooleanProperty();
    final ObservableSet<TransparencyCase> transparency = FXCollections.observableSet(EnumSet.noneOf(TransparencyCase.class));
    final BooleanProperty generalPurpose = new SimpleBooleanProperty();
    private final ReadOnlyObjectWrapper<AiActClassifier.Outcome> preview = new ReadOnlyObjectWrapper<>();

    public ClassificationViewModel(Agent agent, AiActClassification existing, LoadedCatalogs catalogs, ComplianceService compliance,
                                   OpenedRegister opened, Work work) {
        this.agent = agent;
        this.compliance = compliance;
        this.opened = opened;
        this.work = work;
        this.areas = areas(catalogs);
        role.set(agent.aiAct().role() == null ? AiActRole.DEPLOYER : agent.aiAct().role());
        if (existing != null) {
            AiActAnswers a = existing.answers();
            role.set(a.role());
            prohibited.set(a.prohibited());
            annexIProduct.set(a.annexIProduct());
            annexIIIArea.set(a.annexIIIArea());
            exception.set(a.exception());
            profiling.set(a.profiling());
            transparency.addAll(a.transparency());
            generalPurpose.set(a.generalPurposeModel());
        } else {
            annexIIIArea.set(agent.aiAct().annexIIIArea());
        }
        for (Observable o : new Observable[] {role, prohibited, annexIProduct, annexIIIArea, exception, profiling, transparency, generalPurpose}) {
            o.addListener(x -> update());
        }
        update();
    }

    /** "4. Employment, workers’ management ..." from the catalog's Annex III areas, as the register writes them. */
    static List<String> areas(LoadedCatalogs catalogs) {
        return catalogs.catalog("eu-ai-act-2024-1689").map(c -> c.clausesOfKind("annex-iii-area").stream()
                .map(ClassificationViewModel::area).toList()).orElse(List.of());
    }

    private static String area(Clause c) {
        String n = c.ref().replace("Annex III point ", "");
        return n + ". " + c.title();
    }

    public AiActAnswers answers() {
        return new AiActAnswers(prohibited.get(), annexIProduct.get(), annexIIIArea.get(), exception.get(), profiling.get(),
                EnumSet.copyOf(transparency.isEmpty() ? EnumSet.noneOf(TransparencyCase.class) : transparency),
                generalPurpose.get(), role.get());
    }

    private void update() {
        preview.set(AiActClassifier.classify(answers()));
    }

    public void save(Runnable done) {
        work.run("Classifying " + agent.id(), () -> compliance.classify(opened, agent.id(), answers()), c -> done.run(),
                "Cannot save the classification");
    }

    public Agent agent() { return agent; }
    public List<String> areas() { return areas; }
    public ReadOnlyObjectProperty<AiActClassifier.Outcome> previewProperty() { return preview.getReadOnlyProperty(); }
    public ObjectProperty<AiActRole> roleProperty() { return role; }
    public ObjectProperty<ProhibitedPractice> prohibitedProperty() { return prohibited; }
    public BooleanProperty annexIProductProperty() { return annexIProduct; }
    public ObjectProperty<String> annexIIIAreaProperty() { return annexIIIArea; }
    public ObjectProperty<HighRiskException> exceptionProperty() { return exception; }
    public BooleanProperty profilingProperty() { return profiling; }
    public ObservableSet<TransparencyCase> transparency() { return transparency; }
    public BooleanProperty generalPurposeProperty() { return generalPurpose; }
}
