package dev.steward.catalog;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Typed access to JSON fields that reports a problem (with its pointer) instead of throwing. */
final class Fields {

    private Fields() {
    }

    static String pointer(String base, String field) {
        return base + "/" + field.replace("~", "~0").replace("/", "~1");
    }

    static String pointer(String base, int index) {
        return base + "/" + index;
    }

    /** A required non-blank string, or null after reporting why not. */
    static String text(JsonNode obj, String field, String base, Problems problems) {
        JsonNode v = obj.get(field);
        if (v == null || v.isNull()) {
            problems.add(pointer(base, field), "missing required field '" + field + "'");
            return null;
        }
        if (!v.isTextual() || v.asText().isBlank()) {
            problems.add(pointer(base, field), "'" + field + "' must be a non-empty string");
            return null;
        }
        return v.asText();
    }

    /** An optional string: null when absent or null; a problem when present but not a string. */
    static String optionalText(JsonNode obj, String field, String base, Problems problems) {
        JsonNode v = obj.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isTextual()) {
            problems.add(pointer(base, field), "'" + field + "' must be a string");
            return null;
        }
        return v.asText();
    }

    /** A required enum-like string out of the allowed values (compared exactly). */
    static String oneOf(JsonNode obj, String field, Set<String> allowed, String base, Problems problems) {
        String v = text(obj, field, base, problems);
        if (v != null && !allowed.contains(v)) {
            problems.add(pointer(base, field), "'" + field + "' must be one of "
                    + String.join(", ", allowed.stream().sorted().toList()) + ", was '" + v + "'");
            return null;
        }
        return v;
    }

    /** A required array; null after reporting when missing or not an array. */
    static JsonNode array(JsonNode obj, String field, String base, Problems problems) {
        JsonNode v = obj.get(field);
        if (v == null || v.isNull()) {
            problems.add(pointer(base, field), "missing required field '" + field + "'");
            return null;
        }
        if (!v.isArray()) {
            problems.add(pointer(base, field), "'" + field + "' must be an array");
            return null;
        }
        return v;
    }

    /** An optional array of strings; empty when absent. */
    static List<String> strings(JsonNode obj, String field, String base, Problems problems) {
        JsonNode v = obj.get(field);
        List<String> out = new ArrayList<>();
        if (v == null || v.isNull()) {
            return out;
        }
        if (!v.isArray()) {
            problems.add(pointer(base, field), "'" + field + "' must be an array of strings");
            return out;
        }
        for (int i = 0; i < v.size(); i++) {
            if (v.get(i).isTextual()) {
                out.add(v.get(i).asText());
            } else {
                problems.add(pointer(pointer(base, field), i), "must be a string");
            }
        }
        return out;
    }

    /** An optional ISO date (YYYY-MM-DD); null when absent or invalid (reported). */
    static LocalDate optionalDate(JsonNode obj, String field, String base, Problems problems) {
        String v = optionalText(obj, field, base, problems);
        if (v == null) {
            return null;
        }
        try {
            return LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            problems.add(pointer(base, field), "'" + field + "' must be an ISO date (YYYY-MM-DD), was '" + v + "'");
            return null;
        }
    }

    static boolean isObject(JsonNode node, String pointer, Problems problems) {
        if (node == null || !node.isObject()) {
            problems.add(pointer, "expected a JSON object");
            return false;
        }
        return true;
    }
}
