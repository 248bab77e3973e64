package dev.steward.ui.people;

import dev.steward.app.Edit;
import dev.steward.app.EntityChange;
import dev.steward.app.EntityKinds;
import dev.steward.app.OpenedRegister;
import dev.steward.app.TaskRunner;
import dev.steward.domain.Agent;
import dev.steward.domain.CommitteeRole;
import dev.steward.domain.Ids;
import dev.steward.domain.Lifecycle;
import dev.steward.domain.Person;
import dev.steward.ui.DialogService;
import dev.steward.ui.agents.Work;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * People, the committee, and accountability: who owns, approves, investigates and answers for
 * each agent (a RACI view), with the gaps (no owner, no approver) marked. A person's details and
 * committee seat are edited here, each save one undoable edit.
 */
public final class PeopleViewModel {
    /** One agent's accountability line; empty names are the gaps. */
    public record RaciRow(String agentId, String agent, Lifecycle lifecycle, String owner, String approver,
                          String investigator, String liabilityHolder) {
        public boolean noOwner() {
            return owner.isEmpty();
        }

        public boolean noApprover() {
            return approver.isEmpty();
        }
    }

    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final ObservableList<Person> people = FXCollections.observableArrayList();
    private final ObservableList<Person> committee = FXCollections.observableArrayList();
    private final ObservableList<RaciRow> raci = FXCollections.observableArrayList();
    private final ObjectProperty<Person> selected = new SimpleObjectProperty<>();
    public final StringProperty name = new SimpleStringProperty(""), title = new SimpleStringProperty(""),
            department = new SimpleStringProperty(""), email = new SimpleStringProperty("");
    public final ObjectProperty<CommitteeRole> role = new SimpleObjectProperty<>(CommitteeRole.NONE);
    private final StringProperty gaps = new SimpleStringProperty("");
    private OpenedRegister opened;

    public PeopleViewModel(TaskRunner tasks, DialogService dialogs) {
        this.tasks = tasks;
        this.dialogs = dialogs;
        selected.addListener((o, a, p) -> fill(p));
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
        tasks.run(Work.of("Reading people", () -> List.of(register.register().all(EntityKinds.PERSON), register.register().all(EntityKinds.AGENT))),
                data -> {
                    show(cast(data.get(0)), cast(data.get(1)));
                    reading.ended(register);
                }, e -> {
                    reading.ended(register);
                    people.clear();
                });
    }

    @SuppressWarnings("unchecked")
    private static <T> List<T> cast(List<?> l) {
        return (List<T>) l;
    }

    void show(List<Person> persons, List<Agent> agents) {
        people.setAll(persons);
        committee.setAll(persons.stream().filter(Person::sitsOnCommittee)
                .sorted(java.util.Comparator.comparing(Person::committeeRole)).toList());
        Map<String, Person> byId = persons.stream().collect(Collectors.toMap(Person::id, Function.identity()));
        raci.setAll(agents.stream().filter(a -> a.lifecycle() != Lifecycle.DECOMMISSIONED).map(a -> new RaciRow(a.id(), a.name(),
                a.lifecycle(), n(byId, a.accountability().ownerId()), n(byId, a.accountability().approverId()),
                n(byId, a.accountability().incidentInvestigatorId()), n(byId, a.accountability().liabilityHolderId()))).toList());
        long noOwner = raci.stream().filter(RaciRow::noOwner).count();
        long noApprover = raci.stream().filter(RaciRow::noApprover).count();
        gaps.set(noOwner + " agent" + (noOwner == 1 ? "" : "s") + " without an owner · " + noApprover + " without an approver");
    }

    private static String n(Map<String, Person> people, String id) {
        return id == null ? "" : people.containsKey(id) ? people.get(id).name() : id;
    }

    private void fill(Person p) {
        name.set(p == null ? "" : p.name());
        title.set(p == null || p.title() == null ? "" : p.title());
        department.set(p == null || p.department() == null ? "" : p.department());
        email.set(p == null || p.email() == null ? "" : p.email());
        role.set(p == null ? CommitteeRole.NONE : p.committeeRole());
    }

    /** Saves the form over the selected person, or as a new person when none is selected. */
    public void save() {
        Person before = selected.get();
        String id = before != null ? before.id() : Ids.next(Ids.PERSON, people.stream().map(Person::id).toList());
        Person after;
        try {
            after = new Person(id, name.get().strip(), blankNull(title.get()), blankNull(department.get()), blankNull(email.get()), role.get());
        } catch (IllegalArgumentException e) {
            dialogs.showWarning("Cannot save the person", e.getMessage());
            return;
        }
        if (after.equals(before)) return;
        OpenedRegister r = opened;
        tasks.run(Work.of("Saving " + after.name(), () -> {
            r.history().perform(before == null ? Edit.of("Add person " + id + " " + after.name(), EntityChange.create(EntityKinds.PERSON, after))
                    : Edit.of("Edit person " + id + " " + after.name(), EntityChange.update(EntityKinds.PERSON, before, after)));
            return after;
        }), p -> { }, e -> dialogs.showError("Cannot save the person", e.getMessage(), e));
    }

    /** Clears the selection so the form adds a new person. */
    public void startNew() {
        selected.set(null);
        fill(null);
    }

    private static String blankNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public ObservableList<Person> people() { return people; }
    public ObservableList<Person> committee() { return committee; }
    public ObservableList<RaciRow> raci() { return raci; }
    public ObjectProperty<Person> selectedProperty() { return selected; }
    public StringProperty gapsProperty() { return gaps; }
}
