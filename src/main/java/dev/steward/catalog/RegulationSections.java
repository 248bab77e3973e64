package dev.steward.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import dev.steward.domain.Clause;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static dev.steward.catalog.Fields.pointer;

/** The optional sections a regulation catalog may carry: actorObligations and applicationDates. */
final class RegulationSections {

    private final String catalogId;
    private final Set<String> refs;
    private final Problems problems;

    RegulationSections(String catalogId, List<Clause> clauses, Problems problems) {
        this.catalogId = catalogId;
        this.refs = clauses.stream().map(Clause::ref).collect(Collectors.toSet());
        this.problems = problems;
    }

    List<ActorObligation> obligations(JsonNode array) {
        List<ActorObligation> out = new ArrayList<>();
        if (array == null) {
            return out;
        }
        if (!array.isArray()) {
            problems.add("/actorObligations", "'actorObligations' must be an array");
            return out;
        }
        for (int i = 0; i < array.size(); i++) {
            String at = pointer("/actorObligations", i);
            JsonNode o = array.get(i);
            if (!Fields.isObject(o, at, problems)) {
                continue;
            }
            String ref = Fields.text(o, "ref", at, problems);
            String article = Fields.text(o, "article", at, problems);
            if (article != null && !refs.contains(article)) {
                problems.add(pointer(at, "article"), "unknown clause '" + article + "'");
            }
            List<String> roles = Fields.strings(o, "roles", at, problems);
            if (roles.isEmpty()) {
                problems.add(pointer(at, "roles"), "an obligation needs at least one role");
            }
            String scope = Fields.text(o, "scope", at, problems);
            String summary = Fields.text(o, "summary", at, problems);
            List<String> related = Fields.strings(o, "related", at, problems);
            LocalDate applies = Fields.optionalDate(o, "appliesFrom", at, problems);
            if (o.get("appliesFrom") == null) {
                problems.add(pointer(at, "appliesFrom"), "missing required field 'appliesFrom'");
            }
            String note = Fields.optionalText(o, "appliesFromNote", at, problems);
            if (problems.isEmpty()) {
                out.add(new ActorObligation(catalogId, ref, article, roles, scope, summary, related, applies, note));
            }
        }
        return out;
    }

    List<ApplicationDate> applicationDates(JsonNode array) {
        List<ApplicationDate> out = new ArrayList<>();
        if (array == null) {
            return out;
        }
        if (!array.isArray()) {
            problems.add("/applicationDates", "'applicationDates' must be an array");
            return out;
        }
        for (int i = 0; i < array.size(); i++) {
            String at = pointer("/applicationDates", i);
            JsonNode d = array.get(i);
            if (!Fields.isObject(d, at, problems)) {
                continue;
            }
            String id = Fields.text(d, "id", at, problems);
            LocalDate date = Fields.optionalDate(d, "date", at, problems);
            if (d.get("date") == null) {
                problems.add(pointer(at, "date"), "missing required field 'date'");
            }
            String scope = Fields.text(d, "scope", at, problems);
            if (problems.isEmpty()) {
                out.add(new ApplicationDate(catalogId, id, date, scope));
            }
        }
        return out;
    }
}
