package dev.steward.app.inventory;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Which column of a file holds which field, and the headers that meant nothing (reported, then ignored). */
public record InventoryColumns(Map<InventoryField, Integer> indexes, List<String> unknown) {
    public InventoryColumns {
        indexes = Map.copyOf(indexes);
        unknown = List.copyOf(unknown);
    }

    /** Maps the header; a second column for the same field is reported as unknown rather than silently winning. */
    public static InventoryColumns of(String file, List<String> header) {
        Map<InventoryField, Integer> indexes = new EnumMap<>(InventoryField.class);
        List<String> unknown = new ArrayList<>();
        for (int i = 0; i < header.size(); i++) {
            String h = header.get(i) == null ? "" : header.get(i).strip();
            Optional<InventoryField> field = InventoryField.forHeader(h);
            if (field.isPresent() && !indexes.containsKey(field.get())) {
                indexes.put(field.get(), i);
            } else if (field.isPresent()) {
                unknown.add(h + " (a second '" + field.get().label() + "' column)");
            } else if (!h.isEmpty()) {
                unknown.add(h);
            }
        }
        if (!indexes.containsKey(InventoryField.NAME)) {
            throw new IllegalArgumentException(file + ":1: name: no name column (a header named name, agent, tool or app is required)");
        }
        return new InventoryColumns(indexes, unknown);
    }

    public String value(RawTable.Row row, InventoryField field) {
        Integer i = indexes.get(field);
        return i == null ? "" : row.cell(i);
    }
}
