package dev.steward.ui.violations;

import dev.steward.app.EntityKinds;
import dev.steward.app.OpenedRegister;
import dev.steward.app.TaskRunner;
import dev.steward.app.agents.PolicyService;
import dev.steward.domain.Agent;
import dev.steward.domain.PolicyLimits;
import dev.steward.domain.Severity;
import dev.steward.domain.policy.Violation;
import dev.steward.ui.DialogService;
import dev.steward.ui.agents.Work;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Every policy violation of the register, most severe first, filtered as the user types; and the
 * register's policy limits (token lifetime, credential age), edited as one undoable edit.
 */
public final class ViolationsViewModel {
    /** A violation with the name of the agent it is about. */
    public record Row(Violation violation, String subjectName, String haystack) {
    }

    record Loaded(List<Violation> violations, Map<String, String> names, PolicyLimits limits) {
    }

    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final PolicyService policy;
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final FilteredList<Row> filtered = new FilteredList<>(rows);
    private final StringProperty filter = new SimpleStringProperty("");
    private final StringProperty summary = new SimpleStringProperty("");
    public final StringProperty maxTokenHours = new SimpleStringProperty("");
    public final StringProperty maxCredentialDays = new SimpleStringProperty("");
    private OpenedRegister opened;

    public ViolationsViewModel(TaskRunner tasks, DialogService dialogs, PolicyService policy) {
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.policy = policy;
        filter.addListener((o, a, t) -> {
            String n = t == null ? "" : t.strip().toLowerCase(Locale.ROOT);
            filtered.setPredicate(n.isEmpty() ? null : r -> r.haystack().contains(n));
        });
    }

    private final dev.steward.ui.Reading reading = new dev.steward.ui.Reading();

    public void reload(OpenedRegister register) {
        opened = register;
        reading.started(register);
        if (register == null) return;
        tasks.run(Work.of("Checking policies", () -> new Loaded(policy.check(register.register()),
                register.register().all(EntityKinds.AGENT).stream().collect(Collectors.toMap(Agent::id, Agent::name)),
                policy.limits(register.register()))), l -> {
            show(l);
            reading.ended(register);
        }, e -> {
            reading.ended(register);
            dialogs.showError("Cannot check policies", e.getMessage(), e);
        });
    }

    /** True until a newly opened register's policies are checked: no violations then is not a finding. */
    public javafx.beans.property.ReadOnlyBooleanProperty readingProperty() {
        return reading.property();
    }

    void show(Loaded l) {
        rows.setAll(l.violations().stream()
                .sorted(Comparator.comparing((Violation v) -> v.severity()).reversed().thenComparing(Violation::subjectId))
                .map(v -> {
                    String name = l.names().getOrDefault(v.subjectId(), "");
                    return new Row(v, name, String.join(" ", v.subjectId(), name, v.rule().id(), v.rule().title(),
                            v.severity().name(), v.message()).toLowerCase(Locale.ROOT));
                }).toList());
        Map<Severity, Long> by = l.violations().stream().collect(Collectors.groupingBy(Violation::severity, Collectors.counting()));
        summary.set(l.violations().isEmpty() ? "No violations: every agent meets every policy."
                : dev.steward.ui.Counts.of(l.violations().size()) + " violations · " + dev.steward.ui.Counts.of(by.getOrDefault(Severity.CRITICAL, 0L)) + " critical · "
                + dev.steward.ui.Counts.of(by.getOrDefault(Severity.HIGH, 0L)) + " high · " + dev.steward.ui.Counts.of(by.getOrDefault(Severity.MEDIUM, 0L)) + " medium · "
                + dev.steward.ui.Counts.of(by.getOrDefault(Severity.LOW, 0L)) + " low");
        maxTokenHours.set(Long.toString(l.limits().maxTokenLifetime().toHours()));
        maxCredentialDays.set(Integer.toString(l.limits().maxCredentialAgeDays()));
    }

    public void saveLimits() {
        PolicyLimits next;
        try {
            next = new PolicyLimits(PolicyLimits.ID, Duration.ofHours(Long.parseLong(maxTokenHours.get().strip())),
                    Integer.parseInt(maxCredentialDays.get().strip()));
        } catch (NumberFormatException e) {
            dialogs.showWarning("Cannot save the policy limits", "Token lifetime (hours) and credential age (days) must be whole numbers.");
            return;
        } catch (IllegalArgumentException e) {
            dialogs.showWarning("Cannot save the policy limits", e.getMessage());
            return;
        }
        OpenedRegister r = opened;
        tasks.run(Work.of("Saving policy limits", () -> {
            policy.setLimits(r, next);
            return next;
        }), x -> { }, e -> dialogs.showError("Cannot save the policy limits", e.getMessage(), e));
    }

    public ObservableList<Row> rows() { return filtered; }
    public StringProperty filterProperty() { return filter; }
    public StringProperty summaryProperty() { return summary; }
}
