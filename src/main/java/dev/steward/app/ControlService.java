package dev.steward.app;

import dev.steward.domain.Control;
import dev.steward.domain.Ids;
import dev.steward.domain.ImplementationStatus;
import dev.steward.domain.Mapping;
import dev.steward.domain.Relation;
import dev.steward.domain.Risk;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/** Use cases of the Controls section and the mapping editor; each is one undoable edit. */
public final class ControlService {

    private final ControlLibrary library;

    public ControlService(ControlLibrary library) {
        this.library = library;
    }

    public List<LibraryControl> library() {
        return library.controls();
    }

    /** Each chosen library control becomes a planned control of the register with its mappings, all in ONE edit. */
    public List<Control> addFromLibrary(OpenedRegister opened, List<LibraryControl> chosen) {
        if (chosen.isEmpty()) throw new IllegalArgumentException("choose at least one library control");
        RegisterPort r = opened.register();
        List<String> controlIds = new ArrayList<>(r.all(EntityKinds.CONTROL).stream().map(Control::id).toList());
        List<String> mappingIds = new ArrayList<>(r.all(EntityKinds.MAPPING).stream().map(Mapping::id).toList());
        List<EntityChange<?>> changes = new ArrayList<>();
        List<Control> created = new ArrayList<>();
        for (LibraryControl lc : chosen) {
            String id = Ids.next(Ids.CONTROL, controlIds);
            controlIds.add(id);
            Control c = new Control(id, lc.name(), lc.description(), lc.kind(), lc.nature(), null, ImplementationStatus.PLANNED,
                    null, true, List.of(), lc.testFrequency(), null, List.of());
            created.add(c);
            changes.add(EntityChange.create(EntityKinds.CONTROL, c));
            for (LibraryControl.LibraryMapping lm : lc.mappings()) {
                String mid = Ids.next(Ids.MAPPING, mappingIds);
                mappingIds.add(mid);
                changes.add(EntityChange.create(EntityKinds.MAPPING,
                        new Mapping(mid, id, lm.frameworkId(), lm.clauseRef(), lm.relation(), lm.rationale())));
            }
        }
        String what = chosen.size() == 1 ? "control " + created.get(0).id() : chosen.size() + " controls";
        opened.history().perform(new Edit("Add " + what + " from the library", changes));
        return created;
    }

    /** The next free control id, for a new control the user writes. */
    public String nextControlId(RegisterPort r) {
        return Ids.next(Ids.CONTROL, r.all(EntityKinds.CONTROL).stream().map(Control::id).toList());
    }

    /** Creates ({@code before} null) or updates a control. */
    public void save(OpenedRegister opened, Control before, Control after) {
        opened.history().perform(before == null ? Edit.of("Add control " + after.id(), EntityChange.create(EntityKinds.CONTROL, after))
                : Edit.of("Edit control " + after.id(), EntityChange.update(EntityKinds.CONTROL, before, after)));
    }

    /** Deletes the control with its mappings and its links from risks, in one edit. */
    public void delete(OpenedRegister opened, Control control) {
        RegisterPort r = opened.register();
        List<EntityChange<?>> changes = new ArrayList<>();
        for (Risk risk : r.all(EntityKinds.RISK)) {
            if (risk.linkedControlIds().contains(control.id())) {
                List<String> ids = new ArrayList<>(risk.linkedControlIds());
                ids.remove(control.id());
                changes.add(EntityChange.update(EntityKinds.RISK, risk, Controls.withLinkedControls(risk, ids)));
            }
        }
        r.all(EntityKinds.MAPPING).stream().filter(m -> m.controlId().equals(control.id()))
                .forEach(m -> changes.add(EntityChange.delete(EntityKinds.MAPPING, m)));
        changes.add(EntityChange.delete(EntityKinds.CONTROL, control));
        opened.history().perform(new Edit("Delete control " + control.id(), changes));
    }

    public Mapping addMapping(OpenedRegister opened, String controlId, String frameworkId, String clauseRef, Relation relation,
                              String rationale) {
        RegisterPort r = opened.register();
        boolean exists = r.all(EntityKinds.MAPPING).stream().anyMatch(m -> m.controlId().equals(controlId)
                && m.frameworkId().equals(frameworkId) && m.clauseRef().equals(clauseRef));
        if (exists) throw new IllegalArgumentException(controlId + " is already mapped to " + clauseRef + "; edit that mapping instead");
        String id = Ids.next(Ids.MAPPING, r.all(EntityKinds.MAPPING).stream().map(Mapping::id).toList());
        Mapping m = new Mapping(id, controlId, frameworkId, clauseRef, relation, rationale);
        opened.history().perform(Edit.of("Map " + controlId + " to " + clauseRef, EntityChange.create(EntityKinds.MAPPING, m)));
        return m;
    }

    public void updateMapping(OpenedRegister opened, Mapping before, Relation relation, String rationale) {
        Mapping after = new Mapping(before.id(), before.controlId(), before.frameworkId(), before.clauseRef(), relation, rationale);
        opened.history().perform(Edit.of("Edit mapping " + before.controlId() + " → " + before.clauseRef(),
                EntityChange.update(EntityKinds.MAPPING, before, after)));
    }

    public void deleteMapping(OpenedRegister opened, Mapping mapping) {
        opened.history().perform(Edit.of("Unmap " + mapping.controlId() + " from " + mapping.clauseRef(),
                EntityChange.delete(EntityKinds.MAPPING, mapping)));
    }

    /** Makes exactly {@code riskIds} link to the control, updating only the risks that change, in one edit. */
    public void setLinkedRisks(OpenedRegister opened, String controlId, Collection<String> riskIds) {
        Set<String> wanted = Set.copyOf(riskIds);
        List<EntityChange<?>> changes = new ArrayList<>();
        for (Risk risk : opened.register().all(EntityKinds.RISK)) {
            boolean linked = risk.linkedControlIds().contains(controlId);
            if (linked == wanted.contains(risk.id())) continue;
            List<String> ids = new ArrayList<>(risk.linkedControlIds());
            if (linked) ids.remove(controlId); else ids.add(controlId);
            changes.add(EntityChange.update(EntityKinds.RISK, risk, Controls.withLinkedControls(risk, ids)));
        }
        if (!changes.isEmpty()) opened.history().perform(new Edit("Link risks to " + controlId, changes));
    }
}
