package dev.steward.ui.approvals;

import dev.steward.app.EntityKinds;
import dev.steward.app.OpenedRegister;
import dev.steward.app.TaskRunner;
import dev.steward.app.agents.AgentService;
import dev.steward.domain.Agent;
import dev.steward.domain.Approval;
import dev.steward.domain.ApprovalSubject;
import dev.steward.domain.Decision;
import dev.steward.domain.Person;
import dev.steward.ui.DialogService;
import dev.steward.ui.agents.Work;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Approval requests and decisions. A pending request is decided here: approved, rejected, or
 * conditional with its conditions, optionally until an expiry. The approver may never be the
 * requester (segregation of duties): the form says so before the record would refuse it.
 */
public final class ApprovalsViewModel {
    /** One approval as the table shows it. */
    public record Row(Approval approval, String subject, String requester, String approver, String status, String haystack) {
    }

    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final AgentService service;
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final FilteredList<Row> filtered = new FilteredList<>(rows);
    private final StringProperty filter = new SimpleStringProperty("");
    private final ObservableList<Person> people = FXCollections.observableArrayList();
    private final ObservableList<Agent> agents = FXCollections.observableArrayList();
    private final ObjectProperty<Row> selected = new SimpleObjectProperty<>();
    public final StringProperty approver = new SimpleStringProperty("");
    public final ObjectProperty<Decision> decision = new SimpleObjectProperty<>(Decision.APPROVED);
    public final StringProperty conditions = new SimpleStringProperty("");
    public final ObjectProperty<LocalDate> expiry = new SimpleObjectProperty<>();
    public final StringProperty requestAgent = new SimpleStringProperty("");
    public final StringProperty requestedBy = new SimpleStringProperty("");
    public final ObjectProperty<ApprovalSubject> requestSubject = new SimpleObjectProperty<>(ApprovalSubject.LIFECYCLE_STEP);
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper canDecide = new ReadOnlyBooleanWrapper(false);
    private OpenedRegister opened;
    private LocalDate today = LocalDate.now();

    public ApprovalsViewModel(TaskRunner tasks, DialogService dialogs, AgentService service) {
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.service = service;
        filter.addListener((o, a, t) -> {
            String n = t == null ? "" : t.strip().toLowerCase(Locale.ROOT);
            filtered.setPredicate(n.isEmpty() ? null : r -> r.haystack().contains(n));
        });
        for (javafx.beans.Observable p : List.<javafx.beans.Observable>of(selected, approver, decision, conditions, expiry)) {
            p.addListener(o -> validate());
        }
        // A request may name its intended approver: start the decision form from it.
        selected.addListener((o, a, row) -> {
            if (row != null && row.approval().approverId() != null && row.approval().decision() == Decision.PENDING) {
                approver.set(row.approval().approverId());
            }
        });
        validate();
    }

    private final dev.steward.ui.Reading reading = new dev.steward.ui.Reading();

    /** True until a newly opened register's data is read: an empty list then is not a finding. */
    public javafx.beans.property.ReadOnlyBooleanProperty readingProperty() {
        return reading.property();
    }

    public void reload(OpenedRegister register) {
        opened = register;
        reading.started(register);
        if (register == null) return;
        tasks.run(Work.of("Reading approvals", () -> {
            var r = register.register();
            return new Object[] {r.all(EntityKinds.APPROVAL), r.all(EntityKinds.PERSON), r.all(EntityKinds.AGENT), service.today()};
        }), data -> {
            show(cast(data[0]), cast(data[1]), cast(data[2]), (LocalDate) data[3]);
            reading.ended(register);
        }, e -> {
            reading.ended(register);
            rows.clear();
        });
    }

    @SuppressWarnings("unchecked")
    private static <T> List<T> cast(Object o) {
        return (List<T>) o;
    }

    void show(List<Approval> approvals, List<Person> persons, List<Agent> all, LocalDate day) {
        today = day;
        people.setAll(persons);
        agents.setAll(all);
        Map<String, Person> byId = persons.stream().collect(Collectors.toMap(Person::id, Function.identity()));
        Map<String, String> agentNames = all.stream().collect(Collectors.toMap(Agent::id, Agent::name));
        String keep = selected.get() == null ? null : selected.get().approval().id();
        rows.setAll(approvals.stream().sorted(java.util.Comparator.comparing(Approval::requestedOn).reversed())
                .map(a -> row(a, byId, agentNames)).toList());
        selected.set(rows.stream().filter(r -> r.approval().id().equals(keep)).findFirst().orElse(null));
    }

    private Row row(Approval a, Map<String, Person> people, Map<String, String> agentNames) {
        String subject = a.subjectId() + (agentNames.containsKey(a.subjectId()) ? " " + agentNames.get(a.subjectId()) : "");
        String status = a.decision() == Decision.PENDING ? "Awaiting decision since " + a.requestedOn()
                : a.isValidOn(today) ? "In force" + (a.expiry() == null ? " since " + a.decidedOn() : " until " + a.expiry())
                : a.decision().grants() ? "Expired " + a.expiry() : "Refused " + a.decidedOn();
        String requester = name(people, a.requestedById());
        String approverName = name(people, a.approverId());
        String hay = String.join(" ", a.id(), a.subject().name().replace('_', ' '), subject, requester, approverName,
                a.decision().name(), status, a.conditions() == null ? "" : a.conditions()).toLowerCase(Locale.ROOT);
        return new Row(a, subject, requester, approverName, status, hay);
    }

    private static String name(Map<String, Person> people, String id) {
        return id == null ? "" : people.containsKey(id) ? people.get(id).name() : id;
    }

    private void validate() {
        Row r = selected.get();
        String p = "";
        if (r == null) p = "Select a request to decide it.";
        else if (r.approval().decision() != Decision.PENDING) p = "Already decided: " + r.approval().decision().name().toLowerCase(Locale.ROOT) + ".";
        else if (blank(approver.get())) p = "Choose the approver.";
        else if (approver.get().equals(r.approval().requestedById())) p = "The approver cannot be the requester (segregation of duties).";
        else if (decision.get() == null || decision.get() == Decision.PENDING) p = "Choose approved, rejected or conditional.";
        else if (decision.get() == Decision.CONDITIONAL && blank(conditions.get())) p = "A conditional approval needs its conditions.";
        else if (expiry.get() != null && !expiry.get().isAfter(today)) p = "The expiry must be after today (" + today + ").";
        problem.set(p);
        canDecide.set(p.isEmpty());
    }

    public void decide() {
        if (!canDecide.get()) return;
        Approval a = selected.get().approval();
        String cond = blank(conditions.get()) ? null : conditions.get().strip();
        tasks.run(Work.of("Recording the decision on " + a.id(), () -> service.decide(opened, a.id(), approver.get(),
                decision.get(), cond, decision.get() == Decision.REJECTED ? null : expiry.get())), d -> {
            conditions.set("");
            expiry.set(null);
        }, e -> dialogs.showError("Cannot record the decision", e.getMessage(), e));
    }

    public void request() {
        if (blank(requestAgent.get()) || blank(requestedBy.get())) {
            dialogs.showWarning("Cannot request an approval", "Choose the agent and who requests it.");
            return;
        }
        tasks.run(Work.of("Requesting an approval", () -> service.requestApproval(opened, requestSubject.get(),
                requestAgent.get(), requestedBy.get())), a -> { }, e -> dialogs.showError("Cannot request an approval", e.getMessage(), e));
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    public ObservableList<Row> rows() { return filtered; }
    public StringProperty filterProperty() { return filter; }
    public ObservableList<Person> people() { return people; }
    public ObservableList<Agent> agents() { return agents; }
    public ObjectProperty<Row> selectedProperty() { return selected; }
    public ReadOnlyStringProperty problemProperty() { return problem.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty canDecideProperty() { return canDecide.getReadOnlyProperty(); }
}
