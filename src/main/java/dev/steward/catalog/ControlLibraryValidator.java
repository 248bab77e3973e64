package dev.steward.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import dev.steward.domain.Catalog;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import static dev.steward.catalog.Fields.pointer;

/**
 * Validates a control library (templates/controls.json) against loaded catalogs: required fields, enum values,
 * unique ids, and mappings that name a loaded catalog, an existing clause and a valid relation.
 */
public final class ControlLibraryValidator {

    /** The shipped library, a classpath resource packaged from templates/controls.json. */
    public static final String SHIPPED = "/templates/controls.json";

    private static final Pattern ID = Pattern.compile("C-\\d{4}");
    private static final Set<String> KINDS = Set.of("PREVENTIVE", "DETECTIVE", "CORRECTIVE", "DIRECTIVE");
    private static final Set<String> NATURES = Set.of("TECHNICAL", "PROCEDURAL", "ORGANISATIONAL");
    private static final Set<String> FREQUENCIES = Set.of("MONTHLY", "QUARTERLY", "SEMI_ANNUAL", "ANNUAL");

    private final CatalogSet catalogs;

    public ControlLibraryValidator(CatalogSet catalogs) {
        this.catalogs = catalogs;
    }

    public List<CatalogProblem> validate(Path file) {
        return validate(new JsonSource(file.toString(), () -> Files.newInputStream(file)));
    }

    public List<CatalogProblem> validateShipped() {
        return validate(new JsonSource("templates/controls.json",
                () -> ControlLibraryValidator.class.getResourceAsStream(SHIPPED)));
    }

    private List<CatalogProblem> validate(JsonSource source) {
        Problems problems = new Problems(source.label());
        source.read(problems).ifPresent(root -> library(root, problems));
        return problems.list();
    }

    private void library(JsonNode root, Problems problems) {
        if (!Fields.isObject(root, "", problems)) {
            return;
        }
        Fields.text(root, "about", "", problems);
        Fields.text(root, "source", "", problems);
        JsonNode controls = Fields.array(root, "controls", "", problems);
        if (controls == null) {
            return;
        }
        Map<String, Integer> ids = new HashMap<>();
        for (int i = 0; i < controls.size(); i++) {
            String at = pointer("/controls", i);
            JsonNode c = controls.get(i);
            if (!Fields.isObject(c, at, problems)) {
                continue;
            }
            String id = Fields.text(c, "id", at, problems);
            if (id != null && !ID.matcher(id).matches()) {
                problems.add(pointer(at, "id"), "'id' must look like C-0001, was '" + id + "'");
            } else if (id != null && ids.putIfAbsent(id, i) != null) {
                problems.add(pointer(at, "id"), "duplicate control id '" + id + "' (first at /controls/" + ids.get(id) + ")");
            }
            Fields.text(c, "name", at, problems);
            Fields.text(c, "description", at, problems);
            Fields.oneOf(c, "kind", KINDS, at, problems);
            Fields.oneOf(c, "nature", NATURES, at, problems);
            Fields.oneOf(c, "testFrequency", FREQUENCIES, at, problems);
            mappings(c, at, problems);
        }
    }

    private void mappings(JsonNode control, String at, Problems problems) {
        JsonNode mappings = Fields.array(control, "mappings", at, problems);
        if (mappings == null) {
            return;
        }
        Set<String> seen = new HashSet<>();
        for (int j = 0; j < mappings.size(); j++) {
            String mt = pointer(pointer(at, "mappings"), j);
            JsonNode m = mappings.get(j);
            if (!Fields.isObject(m, mt, problems)) {
                continue;
            }
            String framework = Fields.text(m, "framework", mt, problems);
            String ref = Fields.text(m, "ref", mt, problems);
            Relations.parse(m, mt, problems);
            Fields.text(m, "rationale", mt, problems);
            if (framework == null) {
                continue;
            }
            Catalog catalog = catalogs.catalog(framework).orElse(null);
            if (catalog == null) {
                problems.add(pointer(mt, "framework"), "unknown catalog '" + framework + "'");
            } else if (ref != null && !catalog.contains(ref)) {
                problems.add(pointer(mt, "ref"), "unknown clause '" + ref + "' in catalog '" + framework + "'");
            } else if (ref != null && !seen.add(framework + "\u0000" + ref)) {
                problems.add(pointer(mt, "ref"), "duplicate mapping to '" + ref + "' in catalog '" + framework + "'");
            }
        }
    }
}
