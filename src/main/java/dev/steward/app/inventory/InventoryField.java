package dev.steward.app.inventory;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The columns an agent inventory may have, with the header names accepted for each. Headers match
 * case-insensitively, ignoring spaces, '_' and '-': "Business Unit", "business_unit" and
 * "BUSINESS-UNIT" are the same column.
 */
public enum InventoryField {
    NAME("name", "name", "agent", "tool", "app"),
    VENDOR("vendor", "vendor"),
    MODEL("model", "model"),
    OWNER("owner", "owner"),
    BUSINESS_UNIT("business unit", "businessunit", "department"),
    DISCOVERY_SOURCE("discovery source", "discoverysource", "source"),
    DATA_CLASSES("data classes", "dataclasses"),
    FIRST_SEEN("first seen", "firstseen"),
    LAST_SEEN("last seen", "lastseen"),
    USERS("users", "users");

    private final String label;
    private final List<String> aliases;

    InventoryField(String label, String... aliases) {
        this.label = label;
        this.aliases = List.of(aliases);
    }

    /** The name used in messages: "business unit". */
    public String label() {
        return label;
    }

    public List<String> aliases() {
        return aliases;
    }

    public static String normalise(String header) {
        return header == null ? "" : header.strip().replace("\uFEFF", "").toLowerCase(Locale.ROOT).replaceAll("[\\s_-]+", "");
    }

    public static Optional<InventoryField> forHeader(String header) {
        String key = normalise(header);
        for (InventoryField f : values()) {
            if (f.aliases.contains(key)) return Optional.of(f);
        }
        return Optional.empty();
    }
}
