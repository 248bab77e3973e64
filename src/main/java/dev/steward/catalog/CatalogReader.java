package dev.steward.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import dev.steward.domain.Catalog;
import dev.steward.domain.Clause;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import static dev.steward.catalog.Fields.pointer;

/** Reads and validates one catalog document; yields nothing when the document has any problem. */
final class CatalogReader {

    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9.-]*");

    /** A catalog plus its optional regulation-specific sections. */
    record Read(Catalog catalog, List<ActorObligation> obligations, List<ApplicationDate> applicationDates) {
    }

    Optional<Read> read(JsonNode root, Problems problems) {
        if (!Fields.isObject(root, "", problems)) {
            return Optional.empty();
        }
        String id = Fields.text(root, "id", "", problems);
        if (id != null && !ID.matcher(id).matches()) {
            problems.add("/id", "'id' must be lower-case letters, digits, '.' and '-', was '" + id + "'");
        }
        String name = Fields.text(root, "name", "", problems);
        String version = Fields.text(root, "version", "", problems);
        String publisher = Fields.text(root, "publisher", "", problems);
        String source = Fields.text(root, "source", "", problems);
        String licence = Fields.text(root, "licence", "", problems);
        Fields.optionalText(root, "document", "", problems);
        String status = Fields.optionalText(root, "status", "", problems);
        var checked = Fields.optionalDate(root, "statusCheckedOn", "", problems);
        if (status != null && root.get("statusCheckedOn") == null) {
            problems.add("/statusCheckedOn", "a catalog with a 'status' must say when it was checked (statusCheckedOn)");
        }
        List<String> notes = Fields.strings(root, "notes", "", problems);
        List<Clause> clauses = clauses(root, id == null ? "?" : id, problems);
        var extras = new RegulationSections(id, clauses, problems);
        List<ActorObligation> obligations = extras.obligations(root.get("actorObligations"));
        List<ApplicationDate> dates = extras.applicationDates(root.get("applicationDates"));
        if (!problems.isEmpty()) {
            return Optional.empty();
        }
        Catalog catalog = new Catalog(id, name, version, publisher, source, licence, status,
                checked == null ? null : checked.toString(), notes, clauses);
        return Optional.of(new Read(catalog, obligations, dates));
    }

    private List<Clause> clauses(JsonNode root, String catalogId, Problems problems) {
        JsonNode array = Fields.array(root, "clauses", "", problems);
        List<Clause> out = new ArrayList<>();
        if (array == null) {
            return out;
        }
        if (array.isEmpty()) {
            problems.add("/clauses", "a catalog needs at least one clause");
        }
        Map<String, Integer> indexOf = new HashMap<>();
        List<JsonNode> valid = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            String at = pointer("/clauses", i);
            JsonNode c = array.get(i);
            if (!Fields.isObject(c, at, problems)) {
                valid.add(null);
                continue;
            }
            String ref = Fields.text(c, "ref", at, problems);
            if (ref != null && indexOf.putIfAbsent(ref, i) != null) {
                problems.add(pointer(at, "ref"), "duplicate ref '" + ref + "' (first at /clauses/" + indexOf.get(ref) + ")");
            }
            valid.add(c);
        }
        for (int i = 0; i < valid.size(); i++) {
            JsonNode c = valid.get(i);
            if (c != null) {
                clause(c, i, catalogId, array, indexOf, problems).ifPresent(out::add);
            }
        }
        return out;
    }

    private Optional<Clause> clause(JsonNode c, int i, String catalogId, JsonNode all, Map<String, Integer> indexOf,
                                    Problems problems) {
        String at = pointer("/clauses", i);
        String ref = c.path("ref").asText(null);
        String title = Fields.text(c, "title", at, problems);
        String text = Fields.optionalText(c, "text", at, problems);
        String kind = Fields.optionalText(c, "kind", at, problems);
        JsonNode attributes = c.get("attributes");
        if (attributes != null && !attributes.isObject()) {
            problems.add(pointer(at, "attributes"), "'attributes' must be an object");
        }
        if (!c.has("parent")) {
            problems.add(pointer(at, "parent"), "missing required field 'parent' (null for a root clause)");
            return Optional.empty();
        }
        String parent = Fields.optionalText(c, "parent", at, problems);
        JsonNode levelNode = c.get("level");
        if (levelNode == null || !levelNode.isInt() || levelNode.asInt() < 1) {
            problems.add(pointer(at, "level"), levelNode == null ? "missing required field 'level'"
                    : "'level' must be an integer >= 1");
            return Optional.empty();
        }
        int level = levelNode.asInt();
        if (parent == null && level != 1) {
            problems.add(pointer(at, "level"), "a root clause must have level 1, was " + level);
        } else if (parent != null) {
            Integer p = indexOf.get(parent);
            if (p == null) {
                problems.add(pointer(at, "parent"), "unknown parent '" + parent + "'");
            } else if (p == i) {
                problems.add(pointer(at, "parent"), "clause '" + ref + "' cannot be its own parent");
            } else {
                int parentLevel = all.get(p).path("level").asInt(-1);
                if (parentLevel >= 1 && level != parentLevel + 1) {
                    problems.add(pointer(at, "level"), "level must be " + (parentLevel + 1) + " (parent '" + parent
                            + "' has level " + parentLevel + "), was " + level);
                }
            }
        }
        if (ref == null || title == null || !problems.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Clause(catalogId, ref, parent, level, title, text, kind));
    }
}
