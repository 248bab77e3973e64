package dev.steward.ui.frameworks;

import dev.steward.app.LoadedCatalogs;
import dev.steward.domain.Catalog;
import dev.steward.domain.Clause;
import dev.steward.domain.Control;
import dev.steward.domain.Crosswalk;
import dev.steward.domain.Mapping;
import dev.steward.domain.Relation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Everything the clause page shows, computed without the FX toolkit. */
public record ClausePage(String ref, String title, String text, String kind, String catalogName, String version,
                         String source, String licence, List<String> notes, List<Neighbour> neighbours,
                         List<MappedControl> controls) {

    /** A crosswalk link, read from this clause: "this RELATION that". */
    public record Neighbour(String catalogId, String catalogName, String ref, String title, Relation relation,
                            String crosswalkId) {
    }

    /** A control of the register mapped to this clause. */
    public record MappedControl(String controlId, String name, String status, Relation relation, String rationale) {
    }

    static ClausePage of(Clause clause, Catalog catalog, LoadedCatalogs all, List<Mapping> mappings,
                         Map<String, Control> controls) {
        List<Neighbour> neighbours = new ArrayList<>();
        for (Crosswalk cw : all.crosswalks()) {
            if (cw.fromCatalog().equals(catalog.id())) {
                cw.pairsFrom(clause.ref()).forEach(p -> neighbours.add(neighbour(all, cw.toCatalog(), p.toRef(),
                        p.relation(), cw.id())));
            }
            if (cw.toCatalog().equals(catalog.id())) {
                cw.pairsTo(clause.ref()).forEach(p -> neighbours.add(neighbour(all, cw.fromCatalog(), p.fromRef(),
                        inverse(p.relation()), cw.id())));
            }
        }
        List<MappedControl> mapped = mappings.stream()
                .filter(m -> m.frameworkId().equals(catalog.id()) && m.clauseRef().equals(clause.ref()))
                .map(m -> {
                    Control c = controls.get(m.controlId());
                    return new MappedControl(m.controlId(), c == null ? "(control not in the register)" : c.name(),
                            c == null ? "" : c.status().name(), m.relation(), m.rationale() == null ? "" : m.rationale());
                }).toList();
        return new ClausePage(clause.ref(), clause.title(), text(clause, catalog), clause.kind(), catalog.name(),
                catalog.version(), catalog.source(), catalog.licence(), catalog.notes(), neighbours, mapped);
    }

    static String text(Clause clause, Catalog catalog) {
        if (!clause.text().isEmpty()) return clause.text();
        return catalog.publisher().contains("ISO") ? "Text not included (copyrighted: ISO/IEC)."
                : "Text not included in this catalog.";
    }

    /** A pair says "from R to"; seen from the "to" side, subset and superset swap. */
    static Relation inverse(Relation r) {
        return switch (r) {
            case SUBSET -> Relation.SUPERSET;
            case SUPERSET -> Relation.SUBSET;
            default -> r;
        };
    }

    private static Neighbour neighbour(LoadedCatalogs all, String catalogId, String ref, Relation relation, String cwId) {
        var other = all.catalog(catalogId);
        String title = other.flatMap(c -> c.clause(ref)).map(Clause::title).orElse("");
        return new Neighbour(catalogId, other.map(Catalog::name).orElse(catalogId), ref, title, relation, cwId);
    }
}
