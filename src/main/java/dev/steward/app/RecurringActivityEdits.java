package dev.steward.app;

import dev.steward.domain.Cadence;
import dev.steward.domain.Ids;
import dev.steward.domain.RecurringActivity;

import java.time.LocalDate;
import java.util.List;

/** Adding, changing and removing the recurring governance activities, as undoable edits. */
public final class RecurringActivityEdits {

    public PlannedEdit add(List<RecurringActivity> existing, String title, Cadence cadence, LocalDate firstDate,
                           String ownerId, boolean everyAgent) {
        if (title == null || title.isBlank()) throw new IllegalArgumentException("Give the activity a title");
        if (cadence == null) throw new IllegalArgumentException("Choose how often " + title.strip() + " comes round");
        if (firstDate == null) throw new IllegalArgumentException("Choose the date of the first " + title.strip());
        String id = Ids.next(Ids.ACTIVITY, existing.stream().map(RecurringActivity::id).toList());
        RecurringActivity a = new RecurringActivity(id, title.strip(), null, ownerId, cadence, firstDate, null, everyAgent, null);
        return new PlannedEdit(Edit.of("Add " + id + " " + a.title(), EntityChange.create(EntityKinds.ACTIVITY, a)),
                "Added " + a.cadence().label().toLowerCase() + " " + a.title() + " from " + a.firstDate());
    }

    public PlannedEdit update(RecurringActivity before, RecurringActivity after) {
        if (before.equals(after)) throw new IllegalArgumentException("Nothing to save: " + after.id() + " is unchanged");
        return new PlannedEdit(Edit.of("Edit " + after.id() + " " + after.title(),
                EntityChange.update(EntityKinds.ACTIVITY, before, after)), "Saved " + after.id() + " " + after.title());
    }

    public PlannedEdit remove(RecurringActivity gone) {
        return new PlannedEdit(Edit.of("Remove " + gone.id() + " " + gone.title(), EntityChange.delete(EntityKinds.ACTIVITY, gone)),
                "Removed " + gone.id() + " " + gone.title());
    }
}
