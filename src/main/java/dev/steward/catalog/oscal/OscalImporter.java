package dev.steward.catalog.oscal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.steward.catalog.CatalogProblem;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads an OSCAL catalog (JSON) into Steward's catalog format, defensively: every problem is reported
 * with the file and the JSON pointer into the OSCAL document, and nothing is produced when there is any.
 * Groups and controls at any depth become clauses; nesting gives parent and level (see ADR 0003).
 */
public final class OscalImporter {

    /** Deeper trees than this are refused: no real catalog comes close, a hostile file might. */
    static final int MAX_DEPTH = 12;
    static final int MAX_CLAUSES = 50_000;

    /** The converted catalog, or the problems that stopped it. */
    public record Result(ObjectNode catalog, List<CatalogProblem> problems) {
    }

    private final String file;
    private final List<CatalogProblem> problems = new ArrayList<>();
    private final Map<String, String> refs = new HashMap<>();
    private ArrayNode clauses;

    public OscalImporter(String file) {
        this.file = file;
    }

    /** @param fallbackId the catalog id to use when the file does not carry Steward's catalog-id prop */
    public Result read(JsonNode root, String fallbackId) {
        JsonNode cat = root == null ? null : root.get("catalog");
        if (cat == null || !cat.isObject()) {
            add("/catalog", "not an OSCAL catalog: expected an object 'catalog' at the top");
            return result(null);
        }
        JsonNode meta = cat.get("metadata");
        if (meta == null || !meta.isObject()) {
            add("/catalog/metadata", "missing required object 'metadata'");
            return result(null);
        }
        OscalMetadata m = new OscalMetadata(meta, "/catalog/metadata", this::add);
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        out.put("id", m.prop("catalog-id").orElse(fallbackId));
        out.put("name", m.text("title"));
        out.put("version", m.text("version"));
        out.put("publisher", m.publisher());
        out.put("source", m.prop("source").orElse("Imported from the OSCAL catalog " + file));
        out.put("licence", m.prop("licence").orElse("Not stated in the OSCAL file; check the publisher's terms"));
        m.prop("status").ifPresent(s -> out.put("status", s));
        m.prop("status-checked-on").ifPresent(s -> out.put("statusCheckedOn", s));
        ArrayNode notes = out.putArray("notes");
        m.remarks().forEach(notes::add);
        clauses = out.putArray("clauses");
        children(cat, "/catalog", null, 1);
        if (clauses.isEmpty() && problems.isEmpty()) {
            add("/catalog", "the catalog has no groups or controls");
        }
        return result(out);
    }

    private void children(JsonNode node, String at, String parentRef, int level) {
        for (String field : new String[] {"groups", "controls"}) {
            JsonNode array = node.get(field);
            if (array == null) continue;
            String arrayAt = at + "/" + field;
            if (!array.isArray()) {
                add(arrayAt, "'" + field + "' must be an array");
                continue;
            }
            for (int i = 0; i < array.size(); i++) {
                clause(array.get(i), arrayAt + "/" + i, parentRef, level);
            }
        }
    }

    private void clause(JsonNode n, String at, String parentRef, int level) {
        if (n == null || !n.isObject()) {
            add(at, "expected a JSON object");
            return;
        }
        if (level > MAX_DEPTH) {
            add(at, "nested deeper than " + MAX_DEPTH + " levels");
            return;
        }
        if (clauses.size() >= MAX_CLAUSES) {
            add(at, "more than " + MAX_CLAUSES + " groups and controls");
            return;
        }
        OscalNode node = new OscalNode(n, at, this::add);
        String ref = node.ref();
        String title = node.title();
        if (ref == null || title == null) return;
        String first = refs.putIfAbsent(ref, at);
        if (first != null) {
            add(at, "duplicate clause ref '" + ref + "' (first at " + first + ")");
            return;
        }
        ObjectNode c = clauses.addObject();
        c.put("ref", ref);
        if (parentRef == null) c.putNull("parent"); else c.put("parent", parentRef);
        c.put("level", level);
        c.put("title", title);
        String text = node.text();
        if (!text.isEmpty()) c.put("text", text);
        node.kind().ifPresent(k -> c.put("kind", k));
        children(n, at, ref, level + 1);
    }

    void add(String pointer, String message) {
        problems.add(new CatalogProblem(file, pointer, message));
    }

    private Result result(ObjectNode out) {
        return problems.isEmpty() ? new Result(out, List.of()) : new Result(null, List.copyOf(problems));
    }
}
