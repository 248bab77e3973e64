package dev.steward.ui.coverage;

import dev.steward.app.AgentObligation;
import dev.steward.app.CoverageSnapshot;
import dev.steward.app.EvidenceService;
import dev.steward.app.OpenedRegister;
import dev.steward.app.SoaRow;
import dev.steward.app.TaskRunner;
import dev.steward.domain.Agent;
import dev.steward.domain.ClauseApplicability;
import dev.steward.domain.Control;
import dev.steward.domain.Evidence;
import dev.steward.domain.EvidenceLink;
import dev.steward.domain.ObligationRecord;
import dev.steward.domain.RoadmapTask;
import dev.steward.domain.coverage.ClauseCoverage;
import dev.steward.domain.coverage.FrameworkCoverage;
import dev.steward.domain.coverage.RankedGap;
import dev.steward.ui.DialogService;
import dev.steward.ui.controls.ControlsServices;
import dev.steward.ui.controls.EvidenceActions;
import dev.steward.ui.controls.Work;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * The Coverage section: per framework the clause statuses and percentages, the gap list and a clause's
 * drill-down (controls, crosswalk links, evidence, applicability); the ISO 42001 Statement of Applicability;
 * and per agent the EU AI Act checklist. All figures come from one {@link CoverageSnapshot}.
 */
public final class CoverageViewModel {

    private final ControlsServices services;
    private final Work work;
    private OpenedRegister opened;

    private final ReadOnlyObjectWrapper<CoverageSnapshot> snapshot = new ReadOnlyObjectWrapper<>();
    private final ObservableList<String> frameworks = FXCollections.observableArrayList();
    private final ObjectProperty<String> framework = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<FrameworkCoverage> coverage = new ReadOnlyObjectWrapper<>();
    private final ObservableList<RankedGap> gaps = FXCollections.observableArrayList();
    private final ObjectProperty<ClauseCoverage> clause = new SimpleObjectProperty<>();
    private final ObservableList<Evidence> clauseEvidence = FXCollections.observableArrayList();
    private final ObservableList<SoaRow> soa = FXCollections.observableArrayList();
    private final ObservableList<Agent> agents = FXCollections.observableArrayList();
    private final ObjectProperty<Agent> agent = new SimpleObjectProperty<>();
    private final ObservableList<AgentObligation> obligations = FXCollections.observableArrayList();
    private final ObservableList<Evidence> allEvidence = FXCollections.observableArrayList();
    private final ObservableList<RoadmapTask> tasks = FXCollections.observableArrayList();

    public CoverageViewModel(ControlsServices services, TaskRunner tasks, DialogService dialogs) {
        this.services = services;
        this.work = new Work(tasks, dialogs);
        framework.addListener((o, a, id) -> showFramework());
        clause.addListener((o, a, c) -> showClause());
        agent.addListener((o, a, ag) -> showAgent());
    }

    private final dev.steward.ui.Reading reading = new dev.steward.ui.Reading();

    /** True until a newly opened register's data is read: an empty list then is not a finding. */
    public javafx.beans.property.ReadOnlyBooleanProperty readingProperty() {
        return reading.property();
    }

    public void reload(OpenedRegister register) {
        this.opened = register;
        reading.started(register);
        if (register == null) return;
        work.run("Computing coverage", () -> new Loaded(services.coverage().snapshot(register.register()),
                register.register().all(dev.steward.app.EntityKinds.TASK)), this::loaded, "Cannot compute coverage",
                () -> reading.ended(register));
    }

    private record Loaded(CoverageSnapshot snapshot, List<RoadmapTask> tasks) {
    }

    private void loaded(Loaded l) {
        CoverageSnapshot s = l.snapshot();
        tasks.setAll(l.tasks());
        allEvidence.setAll(s.allEvidence());
        String keepClause = clause.get() == null ? null : clause.get().ref();
        String keepAgent = agent.get() == null ? null : agent.get().id();
        snapshot.set(s);
        frameworks.setAll(s.frameworks());
        String id = framework.get() != null && frameworks.contains(framework.get()) ? framework.get()
                : frameworks.isEmpty() ? null : frameworks.get(0);
        framework.set(null);
        framework.set(id);
        if (keepClause != null && coverage.get() != null) coverage.get().clause(keepClause).ifPresent(clause::set);
        soa.setAll(s.soa());
        agents.setAll(s.agents());
        agent.set(null);
        agent.set(s.agents().stream().filter(a -> a.id().equals(keepAgent)).findFirst()
                .orElse(s.agents().stream().filter(a -> a.aiAct().riskTier() == dev.steward.domain.AiActRiskTier.HIGH_RISK).findFirst()
                        .orElse(s.agents().isEmpty() ? null : s.agents().get(0))));
    }

    private void showFramework() {
        CoverageSnapshot s = snapshot.get();
        String id = framework.get();
        clause.set(null);
        if (s == null || id == null) {
            coverage.set(null);
            gaps.clear();
            return;
        }
        coverage.set(s.coverage(id));
        gaps.setAll(s.gaps(id));
    }

    private void showClause() {
        ClauseCoverage c = clause.get();
        clauseEvidence.setAll(c == null || snapshot.get() == null ? List.of() : snapshot.get().evidenceOf(c));
    }

    private void showAgent() {
        Agent a = agent.get();
        obligations.setAll(a == null || snapshot.get() == null ? List.of() : snapshot.get().obligations(a));
    }

    /** Records the clause as applicable or not, with the justification (required to exclude). */
    public void decide(String frameworkId, String ref, boolean applicable, String justification) {
        if (opened == null) return;
        work.run((applicable ? "Including " : "Excluding ") + ref, () -> services.compliance().decide(opened, frameworkId, ref,
                applicable, justification), d -> { }, "Cannot record the decision");
    }

    public void clearDecision(ClauseApplicability decision) {
        if (opened == null) return;
        work.run("Clearing the decision", () -> services.compliance().clearDecision(opened, decision), "Cannot clear the decision");
    }

    public void attachToClause(Path file, LocalDate expires) {
        ClauseCoverage c = clause.get();
        if (opened == null || c == null) return;
        work.run("Attaching " + file.getFileName(), () -> services.evidence().attach(opened, file, new EvidenceLink(EvidenceService.CLAUSE,
                ClauseApplicability.idFor(c.clause().catalogId(), c.ref())), expires), e -> { }, "Cannot attach the file");
    }

    public void attachToObligation(AgentObligation o, Path file, LocalDate expires) {
        if (opened == null) return;
        work.run("Attaching " + file.getFileName(), () -> services.evidence().attach(opened, file,
                new EvidenceLink(EvidenceService.OBLIGATION, o.record().id()), expires), e -> { }, "Cannot attach the file");
    }

    public void saveObligation(ObligationRecord record) {
        if (opened == null) return;
        work.run("Saving " + record.ref(), () -> services.compliance().saveObligation(opened, record), "Cannot save the obligation");
    }

    /** Attaches a file to a roadmap task (its evidenceIds are updated in the same edit). */
    public void attachToTask(RoadmapTask task, Path file, LocalDate expires) {
        if (opened == null || task == null) return;
        work.run("Attaching " + file.getFileName(), () -> services.evidence().attach(opened, file,
                new EvidenceLink(EvidenceService.TASK, task.id()), expires), e -> { }, "Cannot attach the file");
    }

    public EvidenceActions evidenceActions() {
        return EvidenceActions.of(services.evidence(), work, () -> opened);
    }

    public String catalogName(String id) {
        CoverageSnapshot s = snapshot.get();
        return s == null ? id : s.catalogs().catalog(id).map(c -> shortName(c.name())).orElse(id);
    }

    static String shortName(String name) {
        return dev.steward.ui.controls.CatalogNames.shortName(name);
    }

    public Control control(String id) {
        return snapshot.get() == null ? null : snapshot.get().control(id).orElse(null);
    }

    public OpenedRegister opened() { return opened; }
    public ControlsServices services() { return services; }
    public Work work() { return work; }
    public LocalDate today() { return snapshot.get() == null ? LocalDate.now(services.clock()) : snapshot.get().today(); }
    public ReadOnlyObjectProperty<CoverageSnapshot> snapshotProperty() { return snapshot.getReadOnlyProperty(); }
    public ObservableList<String> frameworks() { return frameworks; }
    public ObjectProperty<String> frameworkProperty() { return framework; }
    public ReadOnlyObjectProperty<FrameworkCoverage> coverageProperty() { return coverage.getReadOnlyProperty(); }
    public ObservableList<RankedGap> gaps() { return gaps; }
    public ObjectProperty<ClauseCoverage> clauseProperty() { return clause; }
    public ObservableList<Evidence> clauseEvidence() { return clauseEvidence; }
    public ObservableList<SoaRow> soa() { return soa; }
    public ObservableList<Agent> agents() { return agents; }
    public ObjectProperty<Agent> agentProperty() { return agent; }
    public ObservableList<AgentObligation> obligations() { return obligations; }
    /** Every evidence file of the register: the auditor's evidence index. */
    public ObservableList<Evidence> allEvidence() { return allEvidence; }
    public ObservableList<RoadmapTask> tasks() { return tasks; }
}
