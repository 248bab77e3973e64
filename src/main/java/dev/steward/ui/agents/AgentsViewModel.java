package dev.steward.ui.agents;

import dev.steward.app.EntityKinds;
import dev.steward.app.OpenedRegister;
import dev.steward.app.RegisterPort;
import dev.steward.app.TaskRunner;
import dev.steward.app.agents.AgentService;
import dev.steward.app.agents.PolicyService;
import dev.steward.app.inventory.AgentImportService;
import dev.steward.domain.Agent;
import dev.steward.domain.Approval;
import dev.steward.domain.Person;
import dev.steward.domain.policy.Violation;
import dev.steward.ui.DialogService;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The agent inventory: every agent as a row, filtered as the user types over all text columns;
 * the agent open on its page (the editor); and the import wizard. Loads on the TaskRunner and
 * keeps the open agent across reloads (every edit reloads the section).
 */
public final class AgentsViewModel {
    /** Everything the section shows, read in one go on the worker. */
    record Snapshot(List<AgentRow> rows, List<Person> people, List<Approval> approvals, LocalDate today) {
    }

    private final TaskRunner tasks;
    private final PolicyService policy;
    /** Every row, in the table's sort order; what is shown is the matching subsequence, so filtering never re-sorts. */
    private List<AgentRow> all = List.of();
    private final ObservableList<AgentRow> visible = FXCollections.observableArrayList();
    private Comparator<AgentRow> order;
    private String lastNeedle = "";
    private final StringProperty filter = new SimpleStringProperty("");
    private final ReadOnlyObjectWrapper<OpenedRegister> opened = new ReadOnlyObjectWrapper<>();
    private final AgentEditorViewModel editor;
    private final ImportViewModel importer;

    public AgentsViewModel(TaskRunner tasks, DialogService dialogs, AgentService agents, PolicyService policy,
                           AgentImportService imports) {
        this.tasks = tasks;
        this.policy = policy;
        this.editor = new AgentEditorViewModel(tasks, dialogs, agents);
        this.importer = new ImportViewModel(tasks, dialogs, imports);
        filter.addListener((o, a, text) -> applyFilter(text));
    }

    private final dev.steward.ui.Reading reading = new dev.steward.ui.Reading();

    public void reload(OpenedRegister register) {
        opened.set(register);
        importer.setRegister(register);
        reading.started(register);
        if (register == null) {
            all = List.of();
            visible.clear();
            return;
        }
        tasks.run(Work.of("Reading the agents", () -> snapshot(register.register(), policy)), s -> {
            show(s);
            reading.ended(register);
        }, e -> {
            reading.ended(register);
            visible.clear();
        });
    }

    /** True until a newly opened register's agents are read. */
    public javafx.beans.property.ReadOnlyBooleanProperty readingProperty() {
        return reading.property();
    }

    static Snapshot snapshot(RegisterPort register, PolicyService policy) {
        LocalDate today = policy.today();
        List<Person> people = register.all(EntityKinds.PERSON);
        Map<String, Person> byId = people.stream().collect(Collectors.toMap(Person::id, Function.identity()));
        Map<String, List<Violation>> violations = policy.check(register).stream()
                .collect(Collectors.groupingBy(Violation::subjectId));
        List<AgentRow> rows = register.all(EntityKinds.AGENT).stream()
                .map(a -> AgentRow.of(a, byId, violations.getOrDefault(a.id(), List.of()), today)).toList();
        return new Snapshot(rows, people, register.all(EntityKinds.APPROVAL), today);
    }

    void show(Snapshot s) {
        all = sorted(s.rows());
        refilter(filter.get(), true);
        editor.context(opened.get(), s.people(), s.approvals(), s.today());
        String open = editor.agentId();
        if (open != null) {
            s.rows().stream().filter(r -> r.id().equals(open)).findFirst()
                    .ifPresent(r -> editor.refresh(r.agent(), r.violations()));
        }
    }

    /** The table's sort order (null: register order); the VM sorts once, filtering keeps the order. */
    public void sortWith(Comparator<AgentRow> comparator) {
        order = comparator;
        all = sorted(all);
        refilter(filter.get(), true);
    }

    private List<AgentRow> sorted(List<AgentRow> rows) {
        List<AgentRow> copy = new ArrayList<>(rows);
        copy.sort(order != null ? order : Comparator.comparing(AgentRow::id));
        return copy;
    }

    private void applyFilter(String text) {
        refilter(text, false);
    }

    /**
     * One pass of {@code contains} over the rows and one change to the shown list. Typing on
     * (the new text contains the old) only re-tests the rows still shown.
     */
    private void refilter(String text, boolean fromScratch) {
        String needle = text == null ? "" : text.strip().toLowerCase(Locale.ROOT).replace('_', ' ');
        List<AgentRow> base = !fromScratch && !lastNeedle.isEmpty() && needle.contains(lastNeedle) ? visible : all;
        List<AgentRow> next = needle.isEmpty() ? all : base.stream().filter(r -> r.matches(needle)).toList();
        lastNeedle = needle;
        if (!next.equals(visible)) visible.setAll(next);
    }

    /** Opens the agent's page. */
    public void open(AgentRow row) {
        if (row != null) editor.load(row.agent(), row.violations());
    }

    /** Opens an empty page for a new proposed agent with the next free id. */
    public void newAgent() {
        OpenedRegister r = opened.get();
        if (r == null) return;
        String id = dev.steward.domain.Ids.next(dev.steward.domain.Ids.AGENT, all.stream().map(AgentRow::id).toList());
        editor.load(Agent.minimal(id, "New agent"), List.of());
        editor.markNew();
    }

    public void closePage() {
        editor.close();
    }

    /** The rows shown: matching the filter, in the table's sort order. */
    public ObservableList<AgentRow> rows() {
        return visible;
    }

    public int totalRows() {
        return all.size();
    }

    public StringProperty filterProperty() {
        return filter;
    }

    public ReadOnlyObjectProperty<OpenedRegister> openedProperty() {
        return opened.getReadOnlyProperty();
    }

    public AgentEditorViewModel editor() {
        return editor;
    }

    public ImportViewModel importer() {
        return importer;
    }
}
