package dev.steward.catalog.oscal;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;

/** One OSCAL group or control, read as a clause: ref, title, text and kind. */
final class OscalNode {

    private final JsonNode n;
    private final String at;
    private final BiConsumer<String, String> problems;

    OscalNode(JsonNode n, String at, BiConsumer<String, String> problems) {
        this.n = n;
        this.at = at;
        this.problems = problems;
    }

    /** The label prop (the ref as the framework writes it), else the OSCAL id; null after reporting. */
    String ref() {
        for (JsonNode p : n.path("props")) {
            if ("label".equals(p.path("name").asText()) && isOscalNs(p) && p.path("value").isTextual()
                    && !p.path("value").asText().isBlank()) {
                return p.path("value").asText().strip();
            }
        }
        JsonNode id = n.get("id");
        if (id == null || !id.isTextual() || id.asText().isBlank()) {
            problems.accept(at + "/id", "missing 'id' (and no 'label' prop to use as the clause ref)");
            return null;
        }
        return id.asText();
    }

    String title() {
        JsonNode t = n.get("title");
        if (t == null || !t.isTextual() || t.asText().isBlank()) {
            problems.accept(at + "/title", t == null ? "missing required field 'title'" : "'title' must be a non-empty string");
            return null;
        }
        return t.asText().strip();
    }

    /** The prose of the statement (controls) or overview (groups) part, with its sub-parts, in order. */
    String text() {
        for (String name : new String[] {"statement", "overview"}) {
            for (JsonNode part : n.path("parts")) {
                if (name.equals(part.path("name").asText())) {
                    List<String> prose = new ArrayList<>();
                    collect(part, prose);
                    return String.join("\n", prose);
                }
            }
        }
        return "";
    }

    Optional<String> kind() {
        for (JsonNode p : n.path("props")) {
            if ("kind".equals(p.path("name").asText()) && Oscal.NS.equals(p.path("ns").asText())) {
                return Optional.of(p.path("value").asText());
            }
        }
        return n.path("class").isTextual() ? Optional.of(n.path("class").asText()) : Optional.empty();
    }

    private static void collect(JsonNode part, List<String> out) {
        if (part.path("prose").isTextual() && !part.path("prose").asText().isBlank()) {
            out.add(part.path("prose").asText());
        }
        for (JsonNode sub : part.path("parts")) {
            collect(sub, out);
        }
    }

    private static boolean isOscalNs(JsonNode prop) {
        String ns = prop.path("ns").asText("");
        return ns.isEmpty() || ns.startsWith("http://csrc.nist.gov/ns/oscal");
    }
}
