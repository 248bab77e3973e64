package dev.steward.app;

import dev.steward.domain.Entity;

/**
 * The before and after state of one entity in one edit. {@code before == null} is a creation,
 * {@code after == null} a deletion. Reverting swaps the two, which is all undo needs.
 */
public record EntityChange<T extends Entity>(EntityKind<T> kind, T before, T after) {
    public EntityChange {
        if (kind == null) throw new IllegalArgumentException("kind is required");
        if (before == null && after == null) throw new IllegalArgumentException("a change needs a before or an after");
        if (before != null && after != null && !before.id().equals(after.id())) {
            throw new IllegalArgumentException("a change cannot alter an id: " + before.id() + " -> " + after.id());
        }
    }

    public static <T extends Entity> EntityChange<T> create(EntityKind<T> kind, T after) {
        return new EntityChange<>(kind, null, after);
    }

    public static <T extends Entity> EntityChange<T> update(EntityKind<T> kind, T before, T after) {
        return new EntityChange<>(kind, before, after);
    }

    public static <T extends Entity> EntityChange<T> delete(EntityKind<T> kind, T before) {
        return new EntityChange<>(kind, before, null);
    }

    public String id() {
        return before != null ? before.id() : after.id();
    }

    public EntityChange<T> inverse() {
        return new EntityChange<>(kind, after, before);
    }
}
