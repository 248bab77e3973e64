package dev.steward.ui.roadmap;

import dev.steward.app.EntityKinds;
import dev.steward.app.OpenedRegister;
import dev.steward.app.RecurringActivityEdits;
import dev.steward.app.PlannedEdit;
import dev.steward.app.ProgrammeStarter;
import dev.steward.app.RegisterPort;
import dev.steward.app.RoadmapEdits;
import dev.steward.app.RoadmapProgress;
import dev.steward.app.TaskRunner;
import dev.steward.app.TemplateSource;
import dev.steward.domain.Cadence;
import dev.steward.domain.CommitteeRole;
import dev.steward.domain.RecurringActivity;
import dev.steward.domain.Person;
import dev.steward.domain.Phase;
import dev.steward.domain.RoadmapTask;
import dev.steward.domain.TaskStatus;
import dev.steward.domain.roadmap.Occurrence;
import dev.steward.domain.roadmap.WorkingCalendar;
import dev.steward.ui.DialogService;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The roadmap section: the programme's tasks with their late and critical marks, progress per
 * phase, the recurring activities' occurrences after day 90, and every edit of the plan. Edits are
 * worked out on the worker from the tasks as stored (so an edit's "before" is never stale) and go
 * through the edit history as one undoable edit each.
 */
public final class RoadmapViewModel {
    public enum Zoom {
        WEEK(15), MONTH(5);
        public final double pixelsPerDay;

        Zoom(double pixelsPerDay) {
            this.pixelsPerDay = pixelsPerDay;
        }
    }

    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final Clock clock;
    private final WorkingCalendar calendar = WorkingCalendar.mondayToFriday();
    private final RoadmapEdits edits = new RoadmapEdits(calendar);
    private final ProgrammeStarter starter;
    private final RecurringActivityEdits activityEdits = new RecurringActivityEdits();
    private OpenedRegister opened;

    private final ObservableList<TaskRow> rows = FXCollections.observableArrayList();
    private final ObservableList<OccurrenceRow> occurrences = FXCollections.observableArrayList();
    private final ObservableList<Person> people = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<RoadmapSnapshot> snapshot = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<RoadmapProgress> progress = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper empty = new ReadOnlyBooleanWrapper(true);
    private final ObjectProperty<Zoom> zoom = new SimpleObjectProperty<>(Zoom.WEEK);
    private final ObjectProperty<String> selectedId = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> startDate = new SimpleObjectProperty<>();
    private final ObservableMap<CommitteeRole, String> startOwners = FXCollections.observableMap(new EnumMap<>(CommitteeRole.class));

    /** An occurrence of a recurring activity, with what it covers ("12 agents"). */
    public record OccurrenceRow(Occurrence occurrence, String label, String ownerName) {
    }

    public RoadmapViewModel(TaskRunner tasks, DialogService dialogs, TemplateSource templates, Clock clock) {
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.clock = clock;
        this.starter = new ProgrammeStarter(templates, calendar);
        startDate.set(today().with(TemporalAdjusters.next(DayOfWeek.MONDAY)));
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public void reload(OpenedRegister register) {
        if (register != opened) startOwners.clear(); // another register, another committee
        this.opened = register;
        if (register == null) {
            show(null);
            return;
        }
        LocalDate today = today();
        tasks.run(work("Reading the roadmap", () -> RoadmapSnapshot.read(register.register(), today, calendar)),
                this::show, e -> dialogs.showError("Cannot read the roadmap", e.getMessage(), e));
    }

    /** Fills the lists first and sets the snapshot last: the chart redraws when the snapshot changes. */
    private void show(RoadmapSnapshot s) {
        if (s == null) {
            snapshot.set(null);
            rows.clear();
            occurrences.clear();
            people.clear();
            progress.set(null);
            empty.set(true);
            return;
        }
        Map<String, String> names = new java.util.HashMap<>();
        s.people().forEach(p -> names.put(p.id(), p.name()));
        Function<String, String> name = id -> id == null ? "No owner" : names.getOrDefault(id, id);
        LocalDate today = s.progress().asOf();
        rows.setAll(s.tasks().stream().map(t -> new TaskRow(t, name.apply(t.ownerId()), t.isLate(today),
                s.critical().contains(t.id()))).toList());
        Map<String, Boolean> everyAgent = new java.util.HashMap<>();
        s.activities().forEach(a -> everyAgent.put(a.id(), a.everyAgent()));
        occurrences.setAll(s.occurrences().stream().map(o -> new OccurrenceRow(o,
                o.title() + (everyAgent.getOrDefault(o.activityId(), false) ? " (" + s.agents().size() + " agents)" : ""),
                name.apply(o.ownerId()))).toList());
        people.setAll(s.people());
        progress.set(s.progress());
        empty.set(s.tasks().isEmpty());
        if (startOwners.isEmpty()) startOwners.putAll(ProgrammeStarter.committee(s.people()));
        if (selectedId.get() != null && rows.stream().noneMatch(r -> r.id().equals(selectedId.get()))) selectedId.set(null);
        snapshot.set(s);
    }

    // ---- edits -------------------------------------------------------------------------------

    public void startProgramme() {
        if (opened == null) return;
        if (!rows.isEmpty() && !dialogs.confirm("Start the programme again?", "The roadmap's " + rows.size()
                + " tasks and its recurring activities will be replaced by a fresh plan. You can undo this.")) {
            return;
        }
        LocalDate start = startDate.get();
        Map<CommitteeRole, String> owners = new EnumMap<>(CommitteeRole.class);
        owners.putAll(startOwners);
        perform("Cannot start the programme", r -> starter.start(r, start, owners));
    }

    public void move(String id, LocalDate newStart) {
        perform("Cannot move " + id, r -> edits.move(current(r), id, newStart));
    }

    public void resize(String id, LocalDate newDue) {
        perform("Cannot change the due date of " + id, r -> edits.resize(current(r), id, newDue));
    }

    /** Keyboard moves: by working days. */
    public void nudge(String id, int workingDays) {
        perform("Cannot move " + id, r -> edits.nudge(current(r), id, workingDays));
    }

    public void resizeBy(String id, int workingDays) {
        row(id).ifPresent(row -> resize(id, calendar.plus(row.task().due(), workingDays)));
    }

    public void setStatus(String id, TaskStatus status, String reason) {
        perform("Cannot change the status of " + id, r -> edits.setStatus(current(r), id, status, reason));
    }

    public void save(RoadmapTask edited) {
        perform("Cannot save " + edited.id(), r -> edits.update(current(r), edited));
    }

    public void addTask(Phase phase, String title) {
        LocalDate start = progress.get() != null && progress.get().hasProgramme()
                ? calendar.onOrAfter(phase.startDate(progress.get().planStart())) : calendar.onOrAfter(today());
        perform("Cannot add the task", r -> {
            PlannedEdit p = edits.add(current(r), phase, title, start, 5, null);
            return p;
        });
    }

    public void remove(String id) {
        Optional<TaskRow> row = row(id);
        if (row.isEmpty() || !dialogs.confirm("Remove " + id + "?", id + " " + row.get().task().title()
                + " will be removed from the roadmap. You can undo this.")) return;
        perform("Cannot remove " + id, r -> edits.remove(current(r), id));
    }

    public void addActivity(String title, Cadence cadence, LocalDate firstDate, String ownerId, boolean everyAgent) {
        perform("Cannot add the activity", r -> activityEdits.add(r.all(EntityKinds.ACTIVITY), title, cadence,
                firstDate == null ? null : calendar.onOrAfter(firstDate), ownerId, everyAgent));
    }

    public void saveActivity(RecurringActivity edited) {
        perform("Cannot save " + edited.id(), r -> activityEdits.update(r.find(EntityKinds.ACTIVITY, edited.id())
                .orElseThrow(() -> new IllegalArgumentException(edited.id() + " no longer exists")), edited));
    }

    public void removeActivity(String id) {
        if (!dialogs.confirm("Remove " + id + "?", "Its future occurrences leave the calendar. You can undo this.")) return;
        perform("Cannot remove " + id, r -> activityEdits.remove(r.find(EntityKinds.ACTIVITY, id)
                .orElseThrow(() -> new IllegalArgumentException(id + " no longer exists"))));
    }

    private static List<RoadmapTask> current(RegisterPort r) {
        return r.all(EntityKinds.TASK);
    }

    /** Works out the edit on the worker from the stored state, performs it, then shows what it did. */
    void perform(String failure, Function<RegisterPort, PlannedEdit> plan) {
        OpenedRegister target = opened;
        if (target == null) return;
        tasks.run(work(failure, () -> {
            PlannedEdit p = plan.apply(target.register());
            target.history().perform(p.edit());
            return p.message();
        }), done -> {
            message.set(done);
            reload(target);
        }, e -> {
            if (e instanceof IllegalArgumentException) {
                message.set(e.getMessage());
                dialogs.showWarning(failure, e.getMessage());
            } else {
                dialogs.showError(failure, e.getMessage(), e);
            }
        });
    }

    /** A refusal found before any edit was tried: said in the status line and in a warning. */
    void reportInvalid(String title, String why) {
        message.set(why);
        dialogs.showWarning(title, why);
    }

    public Optional<TaskRow> row(String id) {
        return rows.stream().filter(r -> r.id().equals(id)).findFirst();
    }

    public WorkingCalendar calendar() {
        return calendar;
    }

    static <T> TaskRunner.BackgroundWork<T> work(String title, java.util.concurrent.Callable<T> body) {
        return new TaskRunner.BackgroundWork<>() {
            @Override
            public String title() {
                return title;
            }

            @Override
            public T run(TaskRunner.Progress p) throws Exception {
                return body.call();
            }
        };
    }

    public ObservableList<TaskRow> rows() { return rows; }
    public ObservableList<OccurrenceRow> occurrences() { return occurrences; }
    public ObservableList<Person> people() { return people; }
    public ReadOnlyObjectProperty<RoadmapSnapshot> snapshotProperty() { return snapshot.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<RoadmapProgress> progressProperty() { return progress.getReadOnlyProperty(); }
    public ReadOnlyStringProperty messageProperty() { return message.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty emptyProperty() { return empty.getReadOnlyProperty(); }
    public ObjectProperty<Zoom> zoomProperty() { return zoom; }
    public ObjectProperty<String> selectedIdProperty() { return selectedId; }
    public ObjectProperty<LocalDate> startDateProperty() { return startDate; }
    public ObservableMap<CommitteeRole, String> startOwners() { return startOwners; }
}
