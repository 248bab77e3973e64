package dev.steward.catalog.oscal;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.steward.domain.Catalog;
import dev.steward.domain.Clause;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;

/**
 * Writes a catalog as an OSCAL catalog: roots become groups, deeper clauses controls nested in their
 * parent; the ref is the control's label prop, the text its statement part (see ADR 0003).
 */
public final class OscalExporter {

    private final ObjectMapper json = new ObjectMapper();

    /** @param lastModified OSCAL's required metadata timestamp */
    public ObjectNode export(Catalog catalog, Instant lastModified) {
        ObjectNode root = json.createObjectNode();
        ObjectNode cat = root.putObject("catalog");
        cat.put("uuid", Oscal.uuid("catalog", catalog.id(), catalog.version()));
        metadata(cat.putObject("metadata"), catalog, lastModified);
        Map<String, String> ids = new HashMap<>();
        ArrayNode groups = cat.putArray("groups");
        for (Clause r : catalog.roots()) {
            node(groups.addObject(), r, catalog, ids, true);
        }
        return root;
    }

    private void metadata(ObjectNode m, Catalog c, Instant lastModified) {
        m.put("title", c.name());
        m.put("last-modified", lastModified.truncatedTo(ChronoUnit.SECONDS).toString());
        m.put("version", c.version());
        m.put("oscal-version", Oscal.VERSION);
        ArrayNode props = m.putArray("props");
        prop(props, "catalog-id", c.id());
        prop(props, "source", c.source());
        prop(props, "licence", c.licence());
        c.status().ifPresent(s -> prop(props, "status", s));
        c.statusCheckedOn().ifPresent(s -> prop(props, "status-checked-on", s));
        m.putArray("roles").addObject().put("id", "publisher").put("title", "Publisher");
        String party = Oscal.uuid("party", c.publisher());
        m.putArray("parties").addObject().put("uuid", party).put("type", "organization").put("name", c.publisher());
        m.putArray("responsible-parties").addObject().put("role-id", "publisher").putArray("party-uuids").add(party);
        if (!c.notes().isEmpty()) {
            m.put("remarks", String.join("\n\n", c.notes()));
        }
    }

    private void node(ObjectNode out, Clause clause, Catalog catalog, Map<String, String> ids, boolean group) {
        String id = uniqueId(clause.ref(), ids);
        out.put("id", id);
        if (!clause.kind().isEmpty() && Oscal.TOKEN.matcher(clause.kind()).matches()) {
            out.put("class", clause.kind());
        }
        out.put("title", clause.title());
        ArrayNode props = out.putArray("props");
        props.addObject().put("name", "label").put("value", clause.ref());
        if (!clause.kind().isEmpty() && !Oscal.TOKEN.matcher(clause.kind()).matches()) {
            prop(props, "kind", clause.kind());
        }
        if (!clause.text().isEmpty()) {
            out.putArray("parts").addObject().put("id", id + "_" + (group ? "ovw" : "smt"))
                    .put("name", group ? "overview" : "statement").put("prose", clause.text());
        }
        if (!catalog.childrenOf(clause.ref()).isEmpty()) {
            ArrayNode controls = out.putArray("controls");
            for (Clause child : catalog.childrenOf(clause.ref())) {
                node(controls.addObject(), child, catalog, ids, false);
            }
        }
    }

    /** Distinct refs can slug alike ("Art. 1" and "art-1"): later ones get a numeric suffix. */
    private static String uniqueId(String ref, Map<String, String> used) {
        String base = Oscal.tokenFor(ref);
        String id = base;
        for (int n = 2; used.containsKey(id); n++) {
            id = base + "-" + n;
        }
        used.put(id, ref);
        return id;
    }

    private static void prop(ArrayNode props, String name, String value) {
        props.addObject().put("name", name).put("ns", Oscal.NS).put("value", value);
    }
}
