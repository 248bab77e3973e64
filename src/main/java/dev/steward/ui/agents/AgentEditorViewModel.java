package dev.steward.ui.agents;

import dev.steward.app.OpenedRegister;
import dev.steward.app.TaskRunner;
import dev.steward.app.agents.AgentService;
import dev.steward.domain.Agent;
import dev.steward.domain.Approval;
import dev.steward.domain.Lifecycle;
import dev.steward.domain.LifecycleEvent;
import dev.steward.domain.Person;
import dev.steward.domain.ReviewSchedule;
import dev.steward.domain.Sanction;
import dev.steward.domain.policy.AgentRules;
import dev.steward.domain.policy.LifecycleRules;
import dev.steward.domain.policy.Violation;
import dev.steward.ui.DialogService;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The agent page: the form, whether it is valid and changed (Save is enabled only then), the
 * agent's violations and history, and the committee's actions on it (lifecycle moves, review,
 * sanction, block). Every save and action is one undoable, logged edit run on the TaskRunner.
 */
public final class AgentEditorViewModel {
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final AgentService service;
    private final AgentForm form = new AgentForm();
    private final ReadOnlyObjectWrapper<Agent> original = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper(true);
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper nextDue = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper defaultCadence = new ReadOnlyStringWrapper("");
    private final ObservableMap<String, String> errors = FXCollections.observableHashMap();
    private final ObservableList<Violation> violations = FXCollections.observableArrayList();
    private final ObservableList<String> history = FXCollections.observableArrayList();
    private final ObservableList<Person> people = FXCollections.observableArrayList();
    private final ObservableList<Approval> approvals = FXCollections.observableArrayList();
    private final ObservableList<Lifecycle> nextSteps = FXCollections.observableArrayList();
    /** Who records lifecycle steps, reviews and triage: a person of the register. */
    private final StringProperty actingPerson = new SimpleStringProperty("");
    private final StringProperty reason = new SimpleStringProperty("");
    private final BooleanProperty isNew = new SimpleBooleanProperty(false);
    private OpenedRegister opened;
    private LocalDate today = LocalDate.now();
    private boolean loading;

    public AgentEditorViewModel(TaskRunner tasks, DialogService dialogs, AgentService service) {
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.service = service;
        form.all().forEach(p -> p.addListener(o -> revalidate()));
    }

    void context(OpenedRegister register, List<Person> persons, List<Approval> all, LocalDate day) {
        this.opened = register;
        this.today = day;
        people.setAll(persons);
        approvals.setAll(all);
    }

    void load(Agent agent, List<Violation> found) {
        loading = true;
        try {
            isNew.set(false);
            original.set(agent);
            form.fill(agent);
            reason.set("");
        } finally {
            loading = false;
        }
        refresh(agent, found);
        revalidate();
    }

    /** After a reload: shows the stored agent unless the user is midway through editing it. */
    void refresh(Agent agent, List<Violation> found) {
        violations.setAll(found);
        Map<String, Person> byId = people.stream().collect(Collectors.toMap(Person::id, Function.identity()));
        List<String> lines = new java.util.ArrayList<>(agent.history().stream().map(e -> describe(e, byId)).toList());
        java.util.Collections.reverse(lines);
        history.setAll(lines);
        nextSteps.setAll(LifecycleRules.nextSteps(agent.lifecycle()));
        if (!dirty.get() && !agent.equals(original.get())) load(agent, found);
        original.set(agent);
        revalidate();
    }

    void markNew() {
        isNew.set(true);
        revalidate();
    }

    void close() {
        original.set(null);
        isNew.set(false);
        dirty.set(false);
    }

    String agentId() {
        return original.get() == null ? null : original.get().id();
    }

    private void revalidate() {
        if (loading || original.get() == null) return;
        Agent built = form.build(original.get());
        errors.clear();
        errors.putAll(form.errors);
        valid.set(built != null);
        dirty.set(isNew.get() || (built != null ? !built.equals(original.get()) : true));
        int months = ReviewSchedule.defaultCadenceMonths(form.aiTier.get(), form.autonomy.get());
        defaultCadence.set("Default for this tier and autonomy: " + months + (months == 1 ? " month" : " months"));
        nextDue.set(original.get().review().lastReview() == null ? "Never reviewed — due now"
                : "Next review due " + original.get().review().lastReview().plusMonths(parseOr(form.cadenceMonths.get(),
                original.get().review().cadenceMonths())) + (original.get().reviewOverdue(today) ? " — OVERDUE" : ""));
    }

    public void useDefaultCadence() {
        form.cadenceMonths.set(Integer.toString(ReviewSchedule.defaultCadenceMonths(form.aiTier.get(), form.autonomy.get())));
    }

    public void save() {
        Agent before = original.get();
        if (before == null || !valid.get() || !dirty.get()) return;
        Agent after = form.build(before);
        boolean creating = isNew.get();
        run("Saving " + after.id(), () -> {
            service.save(opened, creating ? null : before, after);
            return after;
        }, saved -> {
            isNew.set(false);
            dirty.set(false);
            original.set(saved);
            revalidate();
        });
    }

    public void revert() {
        if (original.get() != null) load(original.get(), List.copyOf(violations));
    }

    public void moveTo(Lifecycle to, Approval approval) {
        String id = agentId();
        run("Moving " + id + " to " + to, () -> service.move(opened, id, to, person(), reason.get(),
                approval == null ? null : approval.id()), this::acted);
    }

    public void markReviewed() {
        String id = agentId();
        run("Recording the review of " + id, () -> service.markReviewed(opened, id, person(), reason.get()), this::acted);
    }

    public void sanction() {
        String id = agentId();
        run("Requesting sanction of " + id, () -> {
            service.sanction(opened, id, person(), reason.get());
            return null;
        }, x -> reason.set(""));
    }

    public void block() {
        String id = agentId();
        run("Blocking " + id, () -> service.block(opened, id, person(), reason.get()), this::acted);
    }

    /** Approvals of this agent that would allow a move today: granted and in force. */
    public List<Approval> approvalsInForce() {
        String id = agentId();
        return approvals.stream().filter(a -> a.subjectId().equals(id) && a.isValidOn(today)).toList();
    }

    public boolean shadowOrBlocked() {
        return original.get() != null && original.get().provenance().sanction() != Sanction.SANCTIONED;
    }

    public String approvalInForce() {
        return original.get() == null ? "" : AgentRules.approvalInForce(agentId(), approvals, today)
                .map(a -> a.id() + " (" + a.decision().name().toLowerCase() + (a.expiry() == null ? "" : ", until " + a.expiry()) + ")")
                .orElse("none in force");
    }

    private void acted(Agent after) {
        reason.set("");
        loading = true;
        try {
            original.set(after);
            form.fill(after);
        } finally {
            loading = false;
        }
        dirty.set(false);
        refresh(after, List.copyOf(violations));
    }

    private String person() {
        return actingPerson.get() == null || actingPerson.get().isBlank() ? null : actingPerson.get();
    }

    private <T> void run(String title, java.util.concurrent.Callable<T> body, java.util.function.Consumer<T> done) {
        busy.set(true);
        tasks.run(Work.of(title, body), r -> {
            busy.set(false);
            done.accept(r);
        }, e -> {
            busy.set(false);
            dialogs.showError("Cannot complete: " + title, e.getMessage(), e);
        });
    }

    static String describe(LifecycleEvent e, Map<String, Person> people) {
        String who = AgentRow.name(people, e.byPersonId());
        String what = switch (e.kind()) {
            case REVIEW -> "Reviewed";
            case SANCTION -> e.sanction() == Sanction.BLOCKED ? "Blocked" : "Sanction requested, now " + words(e.to());
            case LIFECYCLE -> words(e.from()) + " → " + words(e.to());
        };
        return e.on() + "  " + what + " by " + who + (e.approvalId() == null ? "" : " under " + e.approvalId())
                + (e.reason() == null ? "" : ": " + e.reason());
    }

    static String words(Enum<?> e) {
        String s = e.name().toLowerCase().replace('_', ' ');
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static int parseOr(String s, int fallback) {
        try {
            int v = Integer.parseInt(s.strip());
            return v > 0 && v <= 36 ? v : fallback;
        } catch (RuntimeException e) {
            return fallback;
        }
    }

    public AgentForm form() { return form; }
    public ReadOnlyObjectProperty<Agent> originalProperty() { return original.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty validProperty() { return valid.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty dirtyProperty() { return dirty.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty busyProperty() { return busy.getReadOnlyProperty(); }
    public ReadOnlyStringProperty nextDueProperty() { return nextDue.getReadOnlyProperty(); }
    public ReadOnlyStringProperty defaultCadenceProperty() { return defaultCadence.getReadOnlyProperty(); }
    public ObservableMap<String, String> errors() { return errors; }
    public ObservableList<Violation> violations() { return violations; }
    public ObservableList<String> history() { return history; }
    public ObservableList<Person> people() { return people; }
    public ObservableList<Lifecycle> nextSteps() { return nextSteps; }
    public StringProperty actingPersonProperty() { return actingPerson; }
    public StringProperty reasonProperty() { return reason; }
    public BooleanProperty isNewProperty() { return isNew; }
}
