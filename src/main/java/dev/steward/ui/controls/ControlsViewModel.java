package dev.steward.ui.controls;

import dev.steward.app.EntityKinds;
import dev.steward.app.EvidenceService;
import dev.steward.app.LibraryControl;
import dev.steward.app.LoadedCatalogs;
import dev.steward.app.OpenedRegister;
import dev.steward.app.RegisterPort;
import dev.steward.app.TaskRunner;
import dev.steward.domain.Agent;
import dev.steward.domain.Control;
import dev.steward.domain.Evidence;
import dev.steward.domain.EvidenceLink;
import dev.steward.domain.Mapping;
import dev.steward.domain.Person;
import dev.steward.domain.Relation;
import dev.steward.domain.Risk;
import dev.steward.ui.DialogService;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The Controls section: the filterable table, the selected control's page (fields, mappings, linked risks,
 * evidence) and "Add controls from the library". Every change is one undoable edit through the app services;
 * the window reloads the section after each edit (as tests do by calling {@link #reload}).
 */
public final class ControlsViewModel {

    /** One load of everything the section shows. */
    public record Loaded(List<Control> controls, List<Mapping> mappings, List<Risk> risks, List<Agent> agents,
                         List<Person> people, List<Evidence> evidence, LoadedCatalogs catalogs) {
        static Loaded empty() {
            return new Loaded(List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                    new LoadedCatalogs(List.of(), List.of(), List.of(), Set.of()));
        }
    }

    private final ControlsServices services;
    private final Work work;
    private final Clock clock;
    private OpenedRegister opened;
    private Loaded loaded = Loaded.empty();

    private final ObservableList<ControlRow> rows = FXCollections.observableArrayList();
    private final StringProperty filter = new SimpleStringProperty("");
    private final ObjectProperty<Control> selected = new SimpleObjectProperty<>();
    private final ObservableList<Mapping> mappings = FXCollections.observableArrayList();
    private final ObservableList<Risk> linkedRisks = FXCollections.observableArrayList();
    private final ObservableList<Evidence> evidence = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Loaded> data = new ReadOnlyObjectWrapper<>(Loaded.empty());

    public ControlsViewModel(ControlsServices services, TaskRunner tasks, DialogService dialogs, Clock clock) {
        this.services = services;
        this.work = new Work(tasks, dialogs);
        this.clock = clock;
        filter.addListener((o, a, b) -> fillRows());
        selected.addListener((o, a, c) -> fillDetail());
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
        work.run("Loading controls", () -> load(register.register()), this::loaded, "Cannot load the controls",
                () -> reading.ended(register));
    }

    private Loaded load(RegisterPort r) {
        return new Loaded(r.all(EntityKinds.CONTROL), r.all(EntityKinds.MAPPING), r.all(EntityKinds.RISK), r.all(EntityKinds.AGENT),
                r.all(EntityKinds.PERSON), r.all(EntityKinds.EVIDENCE), services.coverage().catalogs());
    }

    private void loaded(Loaded l) {
        String keep = selected.get() == null ? null : selected.get().id();
        loaded = l;
        data.set(l);
        fillRows();
        selected.set(null);
        // the first control is shown when nothing was chosen yet, so the page is never blank beside a full table
        selected.set(l.controls().stream().filter(c -> c.id().equals(keep)).findFirst()
                .orElse(l.controls().isEmpty() ? null : l.controls().get(0)));
    }

    private void fillRows() {
        Map<String, String> people = loaded.people().stream().collect(Collectors.toMap(Person::id, Person::name));
        LocalDate today = LocalDate.now(clock);
        String q = filter.get() == null ? "" : filter.get().strip().toLowerCase(Locale.ROOT);
        rows.setAll(loaded.controls().stream().filter(c -> q.isEmpty() || (c.id() + " " + c.name() + " " + c.description()
                + " " + c.status()).toLowerCase(Locale.ROOT).contains(q)).map(c -> {
                    List<Evidence> ev = evidenceOf(c);
                    return new ControlRow(c, c.ownerId() == null ? "—" : people.getOrDefault(c.ownerId(), c.ownerId()),
                            c.appliesToAll() ? "All agents" : c.appliesToAgentIds().size() + " agent(s)",
                            (int) loaded.mappings().stream().filter(m -> m.controlId().equals(c.id())).count(),
                            (int) loaded.risks().stream().filter(r -> r.linkedControlIds().contains(c.id())).count(),
                            ev.size(), (int) ev.stream().filter(e -> e.isStale(today)).count());
                }).toList());
    }

    private List<Evidence> evidenceOf(Control c) {
        EvidenceLink link = new EvidenceLink(EvidenceService.CONTROL, c.id());
        return loaded.evidence().stream().filter(e -> link.equals(e.attachedTo()) || c.evidenceIds().contains(e.id())).toList();
    }

    private void fillDetail() {
        Control c = selected.get();
        mappings.setAll(c == null ? List.of() : loaded.mappings().stream().filter(m -> m.controlId().equals(c.id())).toList());
        linkedRisks.setAll(c == null ? List.of() : loaded.risks().stream().filter(r -> r.linkedControlIds().contains(c.id())).toList());
        evidence.setAll(c == null ? List.of() : evidenceOf(c));
    }

    /** Library controls with whether a control of that name is already in the register. */
    public List<LibraryChoice> libraryChoices() {
        Set<String> names = loaded.controls().stream().map(c -> c.name().toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
        return services.controls().library().stream()
                .map(lc -> new LibraryChoice(lc, names.contains(lc.name().toLowerCase(Locale.ROOT)))).toList();
    }

    /** A library control offered for adding; {@code present} when the register already has one of that name. */
    public record LibraryChoice(LibraryControl control, boolean present) {
    }

    public void addFromLibrary(List<LibraryControl> chosen) {
        if (opened == null || chosen.isEmpty()) return;
        work.run("Adding " + chosen.size() + " control(s) from the library",
                () -> services.controls().addFromLibrary(opened, chosen), created -> { }, "Cannot add the controls");
    }

    /** A new planned control, added at once so it can be edited on its page. */
    public void newControl() {
        if (opened == null) return;
        work.run("Adding a control", () -> {
            Control c = new Control(services.controls().nextControlId(opened.register()), "New control", "",
                    dev.steward.domain.ControlKind.PREVENTIVE, dev.steward.domain.ControlNature.PROCEDURAL, null, null, null,
                    true, List.of(), null, null, List.of());
            services.controls().save(opened, null, c);
            return c;
        }, c -> selected.set(c), "Cannot add a control");
    }

    public void save(Control before, Control after) {
        if (opened == null || before.equals(after)) return;
        work.run("Saving " + after.id(), () -> services.controls().save(opened, before, after), "Cannot save the control");
    }

    public void delete(Control c) {
        if (opened == null) return;
        if (!work.dialogs().confirm("Delete " + c.id() + "?", c.name() + " and its " + mappings.size()
                + " mapping(s) will be deleted and unlinked from risks. Undo brings them back.")) return;
        work.run("Deleting " + c.id(), () -> services.controls().delete(opened, c), "Cannot delete the control");
    }

    public List<ClauseOption> searchClauses(String query) {
        return ClauseOption.search(loaded.catalogs(), query, 40);
    }

    public void addMapping(ClauseOption clause, Relation relation, String rationale) {
        Control c = selected.get();
        if (opened == null || c == null || clause == null) return;
        work.run("Mapping " + c.id(), () -> services.controls().addMapping(opened, c.id(), clause.frameworkId(), clause.ref(),
                relation, rationale), m -> { }, "Cannot add the mapping");
    }

    public void updateMapping(Mapping m, Relation relation, String rationale) {
        if (opened == null) return;
        work.run("Editing a mapping", () -> services.controls().updateMapping(opened, m, relation, rationale), "Cannot edit the mapping");
    }

    public void deleteMapping(Mapping m) {
        if (opened == null) return;
        work.run("Removing a mapping", () -> services.controls().deleteMapping(opened, m), "Cannot remove the mapping");
    }

    public void setLinkedRisks(Collection<String> riskIds) {
        Control c = selected.get();
        if (opened == null || c == null) return;
        work.run("Linking risks", () -> services.controls().setLinkedRisks(opened, c.id(), riskIds), "Cannot link the risks");
    }

    public void attachEvidence(Path file, LocalDate expires) {
        Control c = selected.get();
        if (opened == null || c == null) return;
        work.run("Attaching " + file.getFileName(), () -> services.evidence().attach(opened, file,
                new EvidenceLink(EvidenceService.CONTROL, c.id()), expires), e -> { }, "Cannot attach the file");
    }

    public EvidenceActions evidenceActions() {
        return new EvidenceActions(services.evidence(), work, () -> opened);
    }

    /** The title of a catalog for a mapping line ("ISO/IEC 42001 A.6.2.8 — AI system recording of event logs"). */
    public String describe(Mapping m) {
        return loaded.catalogs().catalog(m.frameworkId()).map(cat -> shortName(cat.name()) + "  " + m.clauseRef()
                + cat.clause(m.clauseRef()).map(cl -> " — " + cl.title()).orElse("  (not in the loaded catalog)"))
                .orElse(m.frameworkId() + "  " + m.clauseRef());
    }

    static String shortName(String name) {
        return CatalogNames.shortName(name);
    }

    public Map<String, Agent> agentsById() {
        return loaded.agents().stream().collect(Collectors.toMap(Agent::id, Function.identity()));
    }

    public ObservableList<ControlRow> rows() { return rows; }
    public StringProperty filterProperty() { return filter; }
    public ObjectProperty<Control> selectedProperty() { return selected; }
    public ObservableList<Mapping> mappings() { return mappings; }
    public ObservableList<Risk> linkedRisks() { return linkedRisks; }
    public ObservableList<Evidence> evidence() { return evidence; }
    public ReadOnlyObjectProperty<Loaded> dataProperty() { return data.getReadOnlyProperty(); }
    public LocalDate today() { return LocalDate.now(clock); }
}
