package dev.steward.app;

import dev.steward.domain.Entity;

import java.util.Objects;

/**
 * One kind of thing the register stores: its name in the change log, its table and its Java type.
 * Adapters key their storage on this so the app never names tables itself.
 */
public record EntityKind<T extends Entity>(String name, String table, Class<T> type) {
    public EntityKind {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        if (!table.matches("[a-z_]+")) {
            throw new IllegalArgumentException("table name must be lower-case letters and '_': " + table);
        }
    }
}
