package dev.steward.catalog.oscal;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;

/** The parts of OSCAL catalog metadata that map onto a Steward catalog's header. */
final class OscalMetadata {

    private final JsonNode meta;
    private final String at;
    private final BiConsumer<String, String> problems;

    OscalMetadata(JsonNode meta, String at, BiConsumer<String, String> problems) {
        this.meta = meta;
        this.at = at;
        this.problems = problems;
    }

    /** A required non-blank string; reports and returns "?" when missing (the result is then discarded). */
    String text(String field) {
        JsonNode v = meta.get(field);
        if (v == null || !v.isTextual() || v.asText().isBlank()) {
            problems.accept(at + "/" + field, v == null ? "missing required field '" + field + "'"
                    : "'" + field + "' must be a non-empty string");
            return "?";
        }
        return v.asText().strip();
    }

    /** A Steward prop (in Steward's namespace) written by the exporter. */
    Optional<String> prop(String name) {
        for (JsonNode p : meta.path("props")) {
            if (name.equals(p.path("name").asText()) && Oscal.NS.equals(p.path("ns").asText())
                    && p.path("value").isTextual() && !p.path("value").asText().isBlank()) {
                return Optional.of(p.path("value").asText());
            }
        }
        return Optional.empty();
    }

    /** The party in the publisher role, else the first party, else a plain statement that none is named. */
    String publisher() {
        for (JsonNode rp : meta.path("responsible-parties")) {
            if ("publisher".equals(rp.path("role-id").asText())) {
                String uuid = rp.path("party-uuids").path(0).asText("");
                for (JsonNode party : meta.path("parties")) {
                    if (uuid.equals(party.path("uuid").asText()) && party.path("name").isTextual()) {
                        return party.path("name").asText();
                    }
                }
            }
        }
        String first = meta.path("parties").path(0).path("name").asText("");
        return first.isBlank() ? "Not stated in the OSCAL file" : first;
    }

    /** Remarks split at blank lines (the exporter joins notes that way). */
    List<String> remarks() {
        String r = meta.path("remarks").asText("");
        return r.isBlank() ? List.of() : Arrays.stream(r.split("\\n\\s*\\n")).map(String::strip)
                .filter(s -> !s.isEmpty()).toList();
    }
}
