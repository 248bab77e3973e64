package dev.steward.ui.roadmap;

import dev.steward.domain.Agent;
import dev.steward.domain.Control;
import dev.steward.domain.Phase;
import dev.steward.domain.RoadmapTask;
import dev.steward.domain.TaskStatus;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The selected task's form: every field as a property, read back into a task on save. Id lists
 * (dependencies, controls, agents, evidence) are typed as ids separated by commas or spaces, so
 * the whole form works from the keyboard; unknown ids are refused by name.
 */
public final class TaskEditorModel {
    private final RoadmapViewModel roadmap;
    private RoadmapTask original;

    public final StringProperty title = new SimpleStringProperty("");
    public final StringProperty description = new SimpleStringProperty("");
    public final ObjectProperty<Phase> phase = new SimpleObjectProperty<>(Phase.FOUNDATION);
    public final StringProperty ownerId = new SimpleStringProperty();
    public final ObjectProperty<LocalDate> start = new SimpleObjectProperty<>();
    public final ObjectProperty<LocalDate> due = new SimpleObjectProperty<>();
    public final ObjectProperty<TaskStatus> status = new SimpleObjectProperty<>(TaskStatus.NOT_STARTED);
    public final StringProperty blockedReason = new SimpleStringProperty("");
    public final StringProperty dependencies = new SimpleStringProperty("");
    public final StringProperty controls = new SimpleStringProperty("");
    public final StringProperty agents = new SimpleStringProperty("");
    public final StringProperty evidence = new SimpleStringProperty("");
    public final StringProperty evidenceKind = new SimpleStringProperty("");
    private final ObjectProperty<String> editingId = new SimpleObjectProperty<>();

    public TaskEditorModel(RoadmapViewModel roadmap) {
        this.roadmap = roadmap;
        roadmap.selectedIdProperty().addListener((o, a, id) -> load(id));
        roadmap.rows().addListener((javafx.collections.ListChangeListener<TaskRow>) c -> load(roadmap.selectedIdProperty().get()));
    }

    /** Fills the form from the task (or empties it when there is none). */
    public void load(String id) {
        RoadmapTask t = id == null ? null : roadmap.row(id).map(TaskRow::task).orElse(null);
        original = t;
        editingId.set(t == null ? null : t.id());
        if (t == null) return;
        title.set(t.title());
        description.set(t.description() == null ? "" : t.description());
        phase.set(t.phase());
        ownerId.set(t.ownerId());
        start.set(t.start());
        due.set(t.due());
        status.set(t.status());
        blockedReason.set(t.blockedReason() == null ? "" : t.blockedReason());
        dependencies.set(String.join(", ", t.dependencyIds()));
        controls.set(String.join(", ", t.controlIds()));
        agents.set(String.join(", ", t.agentIds()));
        evidence.set(String.join(", ", t.evidenceIds()));
        evidenceKind.set(t.evidenceKind() == null ? "" : t.evidenceKind());
    }

    /** The form as a task; refuses unknown ids and invalid fields with the field's name. */
    public RoadmapTask toTask() {
        if (original == null) throw new IllegalArgumentException("Choose a task first");
        RoadmapSnapshot s = roadmap.snapshotProperty().get();
        List<String> deps = ids(dependencies.get(), s.tasks().stream().map(RoadmapTask::id).collect(Collectors.toSet()), "task");
        List<String> ctrl = ids(controls.get(), s.controls().stream().map(Control::id).collect(Collectors.toSet()), "control");
        List<String> ag = ids(agents.get(), s.agents().stream().map(Agent::id).collect(Collectors.toSet()), "agent");
        List<String> ev = ids(evidence.get(), null, "evidence");
        TaskStatus st = status.get();
        String reason = blank(blockedReason.get()) ? null : blockedReason.get().strip();
        return new RoadmapTask(original.id(), phase.get(), title.get() == null ? null : title.get().strip(),
                blank(description.get()) ? null : description.get().strip(), ownerId.get(), start.get(), due.get(), st,
                st == TaskStatus.BLOCKED ? reason : null, deps, ev, ctrl, ag, evidenceKind.get());
    }

    public void save() {
        RoadmapTask edited;
        try {
            edited = toTask();
        } catch (IllegalArgumentException e) {
            roadmap.reportInvalid("Cannot save " + (original == null ? "the task" : original.id()), e.getMessage());
            return;
        }
        roadmap.save(edited);
    }

    public void revert() {
        load(editingId.get());
    }

    public ObjectProperty<String> editingIdProperty() {
        return editingId;
    }

    static List<String> ids(String text, Set<String> known, String what) {
        if (text == null || text.isBlank()) return List.of();
        List<String> ids = Arrays.stream(text.split("[,;\\s]+")).filter(x -> !x.isBlank())
                .map(x -> x.strip().toUpperCase(Locale.ROOT)).distinct().toList();
        if (known != null) {
            List<String> unknown = ids.stream().filter(x -> !known.contains(x)).toList();
            if (!unknown.isEmpty()) {
                throw new IllegalArgumentException("There is no " + what + " " + String.join(", ", unknown));
            }
        }
        return ids;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
