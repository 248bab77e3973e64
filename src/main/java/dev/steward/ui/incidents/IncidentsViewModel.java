package dev.steward.ui.incidents;

import dev.steward.app.EntityKinds;
import dev.steward.app.IncidentService;
import dev.steward.app.OpenedRegister;
import dev.steward.app.TaskRunner;
import dev.steward.domain.Incident;
import dev.steward.domain.IncidentStatus;
import dev.steward.domain.Severity;
import dev.steward.ui.DialogService;
import dev.steward.ui.agents.Work;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The incident register: the list, the form for the selected (or a new) incident, and its timeline.
 * The form says what is missing before the record would refuse it (a closed incident needs its root
 * cause); a serious incident shows its EU AI Act Art. 73 reporting date and how many days remain.
 */
public final class IncidentsViewModel {
    /** One incident as the table shows it. */
    public record Row(Incident incident, String agents, String detected, String reporting, boolean reportingAlert,
                      String haystack) {
    }

    /** Something an incident can name: an agent, a risk or a control. */
    public record Choice(String id, String name) {
        public String label() {
            return id + " · " + name;
        }
    }

    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    /** A new incident's id is given when it is saved; the form checks its other fields under this one. */
    private static final String PROBE_ID = "IN-0001";

    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final IncidentService service;
    private final ZoneId zone;
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final FilteredList<Row> filtered = new FilteredList<>(rows);
    private final StringProperty filter = new SimpleStringProperty("");
    private final ObjectProperty<Row> selected = new SimpleObjectProperty<>();
    private final ObservableList<Choice> agents = FXCollections.observableArrayList();
    private final ObservableList<Choice> risks = FXCollections.observableArrayList();
    private final ObservableList<Choice> controls = FXCollections.observableArrayList();
    private final ObservableList<String> timeline = FXCollections.observableArrayList();

    public final StringProperty title = new SimpleStringProperty("");
    public final ObjectProperty<Severity> severity = new SimpleObjectProperty<>(Severity.MEDIUM);
    public final ObjectProperty<LocalDate> detectedOn = new SimpleObjectProperty<>();
    public final StringProperty detectedTime = new SimpleStringProperty("");
    public final StringProperty agentIds = new SimpleStringProperty("");
    public final StringProperty description = new SimpleStringProperty("");
    public final BooleanProperty serious = new SimpleBooleanProperty(false);
    public final ObjectProperty<IncidentStatus> status = new SimpleObjectProperty<>(IncidentStatus.OPEN);
    public final StringProperty rootCause = new SimpleStringProperty("");
    public final StringProperty lessons = new SimpleStringProperty("");
    public final StringProperty riskIds = new SimpleStringProperty("");
    public final StringProperty controlIds = new SimpleStringProperty("");
    public final StringProperty entryText = new SimpleStringProperty("");
    public final StringProperty entryAt = new SimpleStringProperty("");

    private final ReadOnlyStringWrapper heading = new ReadOnlyStringWrapper("New incident");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper reporting = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper canSave = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper canAddEntry = new ReadOnlyBooleanWrapper(false);
    private OpenedRegister opened;
    private Map<String, String> agentLabels = Map.of();
    private Map<String, String> riskLabels = Map.of();
    private Map<String, String> controlLabels = Map.of();
    private String selectAfterReload;
    private boolean filling;
    private String filledId;
    /** A save is on its way to the worker: another click must not queue a second one. */
    private boolean saving;

    public IncidentsViewModel(TaskRunner tasks, DialogService dialogs, IncidentService service) {
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.service = service;
        this.zone = service.clock().getZone();
        filter.addListener((o, a, t) -> {
            String n = t == null ? "" : t.strip().toLowerCase(Locale.ROOT);
            filtered.setPredicate(n.isEmpty() ? null : r -> r.haystack().contains(n));
        });
        selected.addListener((o, a, row) -> fill(row));
        for (Observable p : List.<Observable>of(title, severity, detectedOn, detectedTime, agentIds, description, serious,
                status, rootCause, lessons, riskIds, controlIds)) {
            p.addListener(x -> validate());
        }
        entryText.addListener(x -> updateCanAddEntry());
        fill(null);
    }

    private final dev.steward.ui.Reading reading = new dev.steward.ui.Reading();

    /** True until a newly opened register's data is read: an empty list then is not a finding. */
    public javafx.beans.property.ReadOnlyBooleanProperty readingProperty() {
        return reading.property();
    }

    public void reload(OpenedRegister register) {
        opened = register;
        reading.started(register);
        if (register == null) {
            rows.clear();
            return;
        }
        // Names only for the pickers: a large register has tens of thousands of risks, not worth decoding here.
        tasks.run(Work.of("Reading incidents", () -> {
            var r = register.register();
            return new Lists(r.all(EntityKinds.INCIDENT), r.labels(EntityKinds.AGENT, "$.name"),
                    r.labels(EntityKinds.RISK, "$.title"), r.labels(EntityKinds.CONTROL, "$.name"));
        }), l -> {
            show(l.incidents, l.agents, l.risks, l.controls);
            reading.ended(register);
        }, e -> {
            reading.ended(register);
            rows.clear();
        });
    }

    private record Lists(List<Incident> incidents, Map<String, String> agents, Map<String, String> risks,
                         Map<String, String> controls) {
    }

    void show(List<Incident> incidents, Map<String, String> agentNames, Map<String, String> riskTitles,
              Map<String, String> controlNames) {
        agentLabels = agentNames;
        riskLabels = riskTitles;
        controlLabels = controlNames;
        agents.setAll(choices(agentNames));
        risks.setAll(choices(riskTitles));
        controls.setAll(choices(controlNames));
        Map<String, String> names = agentNames;
        LocalDate today = LocalDate.now(service.clock());
        String keep = selectAfterReload != null ? selectAfterReload
                : selected.get() == null ? null : selected.get().incident().id();
        if (selectAfterReload != null) saving = false; // a save waiting for its row has it now
        selectAfterReload = null;
        rows.setAll(incidents.stream().sorted(Comparator.comparing(Incident::detectedAt).reversed())
                .map(i -> row(i, names, today)).toList());
        Row again = rows.stream().filter(r -> r.incident().id().equals(keep)).findFirst().orElse(null);
        // The section opens on the latest incident shown rather than on an empty form; a new incident
        // half typed in stays as it is.
        if (again == null && keep == null && blank(title.get()) && !filtered.isEmpty()) again = filtered.get(0);
        if (again == selected.get()) validate(); // the names behind the id checks may have changed
        else selected.set(again);
    }

    private static List<Choice> choices(Map<String, String> labels) {
        return labels.entrySet().stream().map(e -> new Choice(e.getKey(), e.getValue())).toList();
    }

    private Row row(Incident i, Map<String, String> agentNames, LocalDate today) {
        String names = i.agentIds().stream().map(id -> agentNames.getOrDefault(id, id)).collect(Collectors.joining(", "));
        String detected = WHEN.format(i.detectedAt().atZone(zone));
        String report = "";
        boolean alert = false;
        if (i.reportingDeadline().isPresent()) {
            LocalDate due = reportBy(i.detectedAt());
            report = "Report by " + due;
            if (open(i.status())) {
                long days = ChronoUnit.DAYS.between(today, due);
                report += days < 0 ? " · " + -days + (days == -1 ? " day" : " days") + " overdue"
                        : days == 0 ? " · due today" : " · " + days + (days == 1 ? " day" : " days") + " left";
                alert = days <= 3;
            }
        }
        String hay = String.join(" ", i.id(), i.title(), names, String.join(" ", i.agentIds()), i.severity().name(),
                i.status().name(), i.seriousIncident() ? "serious art. 73" : "", report,
                i.description() == null ? "" : i.description()).toLowerCase(Locale.ROOT);
        return new Row(i, names, detected, report, alert, hay);
    }

    private static boolean open(IncidentStatus s) {
        return s == IncidentStatus.OPEN || s == IncidentStatus.CONTAINED;
    }

    /**
     * The date a serious incident detected at {@code detected} must be reported by (Art. 73(2): 15 days
     * after becoming aware), in this computer's time zone: the list and the form use this one rule.
     */
    LocalDate reportBy(Instant detected) {
        return LocalDate.ofInstant(detected.plus(Incident.SERIOUS_INCIDENT_REPORTING_LIMIT), zone);
    }

    /** The zone the detection times and Art. 73 dates are shown in, as a column header names it ("UTC", "Europe/Berlin"). */
    public String zoneName() {
        return dev.steward.ui.ZoneNames.of(zone);
    }

    /** Shows one incident (from the top bar's search): the list narrowed to it and its form. */
    public void reveal(String incidentId) {
        filter.set(incidentId);
        Row row = rows.stream().filter(r -> r.incident().id().equals(incidentId)).findFirst().orElse(null);
        if (row != null) selected.set(row);
        else selectAfterReload = incidentId;
    }

    /** Clears the form for a new incident, detected now. */
    public void startNew() {
        if (selected.get() == null) fill(null);
        else selected.set(null);
    }

    private void fill(Row row) {
        filling = true;
        try {
            Incident i = row == null ? null : row.incident();
            LocalDateTime at = LocalDateTime.ofInstant(i == null ? service.clock().instant() : i.detectedAt(), zone);
            title.set(i == null ? "" : i.title());
            severity.set(i == null ? Severity.MEDIUM : i.severity());
            detectedOn.set(at.toLocalDate());
            detectedTime.set(TIME.format(at));
            agentIds.set(i == null ? "" : String.join(", ", i.agentIds()));
            description.set(i == null || i.description() == null ? "" : i.description());
            serious.set(i != null && i.seriousIncident());
            status.set(i == null ? IncidentStatus.OPEN : i.status());
            rootCause.set(i == null || i.rootCause() == null ? "" : i.rootCause());
            lessons.set(i == null || i.lessonsLearned() == null ? "" : i.lessonsLearned());
            riskIds.set(i == null ? "" : String.join(", ", i.linkedRiskIds()));
            controlIds.set(i == null ? "" : String.join(", ", i.linkedControlIds()));
            timeline.setAll(i == null ? List.of() : i.timeline().stream()
                    .map(e -> WHEN.format(e.at().atZone(zone)) + "   " + e.text()).toList());
            String id = i == null ? null : i.id();
            if (!java.util.Objects.equals(id, filledId)) { // the same incident read again keeps a half-typed entry
                entryText.set("");
                entryAt.set("");
            }
            filledId = id;
            heading.set(i == null ? "New incident" : i.id() + " · " + i.title());
        } finally {
            filling = false;
        }
        validate();
    }

    /** An entry is added to the stored incident: not while the form holds changes a reload would discard. */
    private void updateCanAddEntry() {
        canAddEntry.set(selected.get() != null && !blank(entryText.get()) && !canSave.get() && !saving && !readOnly());
    }

    private boolean readOnly() {
        return opened != null && opened.register().readOnly();
    }

    private void validate() {
        if (filling) return;
        String p = "";
        Incident built = null;
        try {
            p = check();
            if (p.isEmpty()) built = build(selected.get() == null ? PROBE_ID : selected.get().incident().id());
        } catch (IllegalArgumentException e) {
            p = e.getMessage();
        }
        if (p.isEmpty() && readOnly()) p = "This register is open read-only here.";
        problem.set(p);
        boolean changed = built != null && (selected.get() == null || !built.equals(selected.get().incident()));
        canSave.set(p.isEmpty() && changed && !saving);
        reporting.set(!serious.get() || built == null ? "" : reportingText(built));
        updateCanAddEntry();
    }

    /** The Art. 73 date of a serious incident, and by how much it was missed while the incident is open. */
    private String reportingText(Incident built) {
        LocalDate due = reportBy(built.detectedAt());
        long late = ChronoUnit.DAYS.between(due, LocalDate.now(service.clock()));
        return "Art. 73: report to the market surveillance authority by " + due
                + (open(built.status()) && late > 0 ? " — " + late + (late == 1 ? " day" : " days") + " overdue" : "")
                + " (15 days after becoming aware; 2 days for widespread or critical-infrastructure cases, 10 for a death).";
    }

    /** What the form still lacks, in the order a user fills it in; "" when it can be saved. */
    private String check() {
        if (blank(title.get())) return "Give the incident a title.";
        if (severity.get() == null) return "Choose the severity.";
        if (detectedOn.get() == null) return "Give the date the incident was detected.";
        if (time(detectedTime.get()) == null) return "The time detected must read HH:mm (24-hour), for example 14:30.";
        if (detectedAt().isAfter(service.clock().instant())) return "The detection time is in the future.";
        Incident stored = selected.get() == null ? null : selected.get().incident();
        String unknown = unknown(ids(agentIds.get()), agentLabels, stored == null ? List.of() : stored.agentIds());
        if (!unknown.isEmpty()) return "No agent " + unknown + " in the register.";
        if (status.get() == null) return "Choose the status.";
        if (status.get() == IncidentStatus.CLOSED && blank(rootCause.get())) return "Record the root cause before closing the incident.";
        unknown = unknown(ids(riskIds.get()), riskLabels, stored == null ? List.of() : stored.linkedRiskIds());
        if (!unknown.isEmpty()) return "No risk " + unknown + " in the register.";
        unknown = unknown(ids(controlIds.get()), controlLabels, stored == null ? List.of() : stored.linkedControlIds());
        if (!unknown.isEmpty()) return "No control " + unknown + " in the register.";
        return "";
    }

    private Incident build(String id) {
        Incident before = selected.get() == null ? null : selected.get().incident();
        return new Incident(id, title.get().strip(), ids(agentIds.get()), detectedAt(), severity.get(), text(description.get()),
                before == null ? List.of() : before.timeline(), status.get(), text(rootCause.get()), ids(riskIds.get()),
                ids(controlIds.get()), text(lessons.get()), serious.get());
    }

    private Instant detectedAt() {
        LocalDateTime typed = LocalDateTime.of(detectedOn.get(), time(detectedTime.get()));
        // The form shows minutes: an unchanged minute keeps the stored time's seconds.
        Instant stored = selected.get() == null ? null : selected.get().incident().detectedAt();
        if (stored != null && LocalDateTime.ofInstant(stored, zone).truncatedTo(ChronoUnit.MINUTES).equals(typed)) return stored;
        return typed.atZone(zone).toInstant();
    }

    public void save() {
        validate();
        if (!canSave.get() || opened == null) return;
        // Everything is read here, on the FX thread: the form may change while the save waits for the worker.
        Incident before = selected.get() == null ? null : selected.get().incident();
        Incident draft = build(before == null ? PROBE_ID : before.id());
        OpenedRegister register = opened;
        saving = true;
        validate();
        tasks.run(Work.of(before == null ? "Recording the incident" : "Saving " + before.id(), () ->
                service.save(register, before, before == null ? withId(draft, service.nextId(register)) : draft)), saved -> {
                    // Until the list holds what was saved, the form must not offer to save it again.
                    selectSaved(saved);
                    if (selectAfterReload == null) saving = false;
                    validate();
                }, e -> {
                    saving = false;
                    validate();
                    dialogs.showError("Cannot save the incident", e.getMessage(), e);
                });
    }

    private static Incident withId(Incident i, String id) {
        return new Incident(id, i.title(), i.agentIds(), i.detectedAt(), i.severity(), i.description(), i.timeline(),
                i.status(), i.rootCause(), i.linkedRiskIds(), i.linkedControlIds(), i.lessonsLearned(), i.seriousIncident());
    }

    /** Adds the entry to the selected incident's timeline, at the time given or now. */
    public void addEntry() {
        Row row = selected.get();
        OpenedRegister register = opened;
        if (row == null || register == null || !canAddEntry.get()) return;
        Instant at;
        if (blank(entryAt.get())) {
            at = service.clock().instant();
        } else {
            try {
                at = LocalDateTime.parse(entryAt.get().strip(), WHEN).atZone(zone).toInstant();
            } catch (DateTimeParseException e) {
                dialogs.showWarning("Cannot add the entry", "The time must read YYYY-MM-DD HH:mm, for example 2026-11-20 14:30, "
                        + "or be left empty for now: '" + entryAt.get().strip() + "'");
                return;
            }
        }
        String id = row.incident().id();
        String text = entryText.get();
        tasks.run(Work.of("Adding a timeline entry to " + id, () -> service.addTimelineEntry(register, id, at, text)),
                saved -> {
                    entryText.set("");
                    entryAt.set("");
                    selectSaved(saved);
                }, e -> dialogs.showError("Cannot add the entry", e.getMessage(), e));
    }

    /** Selects what was saved: now if the list already holds it, else when the list is next read. */
    private void selectSaved(Incident saved) {
        Row row = rows.stream().filter(r -> r.incident().equals(saved)).findFirst().orElse(null);
        if (row != null) selected.set(row);
        else selectAfterReload = saved.id();
    }

    /** Appends an id to one of the form's id lists (from the pickers beside them). */
    public static void append(StringProperty list, String id) {
        if (id == null || id.isBlank()) return;
        Set<String> ids = new LinkedHashSet<>(ids(list.get()));
        ids.add(id);
        list.set(String.join(", ", ids));
    }

    static List<String> ids(String text) {
        if (text == null || text.isBlank()) return List.of();
        return Arrays.stream(text.split("[,;\\s]+")).filter(s -> !s.isBlank()).map(s -> s.toUpperCase(Locale.ROOT))
                .distinct().toList();
    }

    /** Ids neither in the register nor already on the stored incident (a link to an item deleted since stays valid). */
    private static String unknown(List<String> ids, Map<String, String> known, List<String> already) {
        List<String> missing = new ArrayList<>();
        for (String id : ids) if (!known.containsKey(id) && !already.contains(id)) missing.add(id);
        return String.join(", ", missing);
    }

    private static LocalTime time(String text) {
        try {
            return text == null ? null : LocalTime.parse(text.strip(), TIME);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String text(String s) {
        return blank(s) ? null : s.strip();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    /** How a picker shows an id of {@code choices} (one of agents(), risks(), controls()): "AG-0004 · Meridian Assist". */
    public Function<String, String> labeller(List<Choice> choices) {
        return id -> {
            if (id == null) return "";
            Map<String, String> labels = choices == agents ? agentLabels : choices == risks ? riskLabels : controlLabels;
            String label = labels.get(id);
            return label == null ? id : new Choice(id, label).label();
        };
    }

    public ObservableList<Row> rows() { return filtered; }
    public StringProperty filterProperty() { return filter; }
    public ObjectProperty<Row> selectedProperty() { return selected; }
    public ObservableList<Choice> agents() { return agents; }
    public ObservableList<Choice> risks() { return risks; }
    public ObservableList<Choice> controls() { return controls; }
    public ObservableList<String> timeline() { return timeline; }
    public ReadOnlyStringProperty headingProperty() { return heading.getReadOnlyProperty(); }
    public ReadOnlyStringProperty problemProperty() { return problem.getReadOnlyProperty(); }
    public ReadOnlyStringProperty reportingProperty() { return reporting.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty canSaveProperty() { return canSave.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty canAddEntryProperty() { return canAddEntry.getReadOnlyProperty(); }
}
