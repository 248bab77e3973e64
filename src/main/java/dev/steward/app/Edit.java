package dev.steward.app;

import java.util.List;

/**
 * A user's edit as data: a description and the entity changes it makes. Applying writes the
 * "after" states, reverting writes the "before" states; both go through the register in one
 * transaction with their change-log rows, so an edit is never half-applied.
 */
public record Edit(String description, List<EntityChange<?>> changes) {
    public Edit {
        if (description == null || description.isBlank()) throw new IllegalArgumentException("an edit needs a description");
        changes = List.copyOf(changes);
        if (changes.isEmpty()) throw new IllegalArgumentException("an edit needs at least one change");
    }

    public static Edit of(String description, EntityChange<?>... changes) {
        return new Edit(description, List.of(changes));
    }

    /** The edit that undoes this one: every change inverted, in reverse order. */
    public Edit inverse() {
        var inverted = new java.util.ArrayList<EntityChange<?>>(changes.size());
        for (int i = changes.size() - 1; i >= 0; i--) inverted.add(changes.get(i).inverse());
        return new Edit("Undo " + description, inverted);
    }
}
