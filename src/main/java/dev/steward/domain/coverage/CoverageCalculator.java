package dev.steward.domain.coverage;

import dev.steward.domain.Catalog;
import dev.steward.domain.Clause;
import dev.steward.domain.ClauseApplicability;
import dev.steward.domain.Control;
import dev.steward.domain.Crosswalk;
import dev.steward.domain.CrosswalkPair;
import dev.steward.domain.ImplementationStatus;
import dev.steward.domain.Mapping;
import dev.steward.domain.Relation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Clause coverage from the register's controls, mappings and applicability decisions, with coverage
 * derived one hop through published crosswalks. Pure: the same inputs give the same result.
 * Assessable clauses are the leaves of a catalog's tree (NIST subcategories, ISO subclauses and Annex A
 * controls, AI Act articles and annex points).
 */
public final class CoverageCalculator {

    private final Map<String, Catalog> catalogs;
    private final List<Crosswalk> crosswalks;
    private final Map<String, List<Mapping>> mappingsByClause;
    private final Map<String, Control> controls;
    private final Map<String, ClauseApplicability> applicability;

    public CoverageCalculator(List<Catalog> catalogs, List<Crosswalk> crosswalks, List<Mapping> mappings,
                              List<Control> controls, List<ClauseApplicability> applicability) {
        this.catalogs = catalogs.stream().collect(Collectors.toMap(Catalog::id, Function.identity(), (a, b) -> a,
                LinkedHashMap::new));
        this.crosswalks = List.copyOf(crosswalks);
        this.controls = controls.stream().collect(Collectors.toMap(Control::id, Function.identity()));
        this.mappingsByClause = mappings.stream().collect(Collectors.groupingBy(m -> key(m.frameworkId(), m.clauseRef())));
        this.applicability = applicability.stream().collect(Collectors.toMap(ClauseApplicability::id, Function.identity()));
    }

    public FrameworkCoverage coverage(String catalogId) {
        Catalog catalog = catalogs.get(catalogId);
        if (catalog == null) throw new IllegalArgumentException("no catalog loaded with id '" + catalogId + "'");
        List<ClauseCoverage> result = new ArrayList<>();
        for (Clause clause : catalog.clauses()) {
            if (catalog.childrenOf(clause.ref()).isEmpty()) result.add(assess(catalog, clause));
        }
        Map<String, List<ClauseCoverage>> byGroup = result.stream()
                .collect(Collectors.groupingBy(ClauseCoverage::groupRef, LinkedHashMap::new, Collectors.toList()));
        List<FrameworkCoverage.Group> groups = byGroup.entrySet().stream().map(e -> new FrameworkCoverage.Group(
                e.getKey(), catalog.clause(e.getKey()).map(Clause::title).orElse(e.getKey()), Tally.of(e.getValue())))
                .toList();
        return new FrameworkCoverage(catalog.id(), catalog.name(), catalog.version(), result, Tally.of(result), groups);
    }

    private ClauseCoverage assess(Catalog catalog, Clause clause) {
        List<Mapping> counted = countedMappings(catalog.id(), clause.ref());
        CoverageStatus direct = direct(counted);
        List<DerivedLink> via = new ArrayList<>();
        int links = 0;
        for (Crosswalk cw : crosswalks) {
            if (cw.fromCatalog().equals(catalog.id())) {
                for (CrosswalkPair p : cw.pairsFrom(clause.ref())) {
                    links++;
                    link(cw.toCatalog(), p.toRef(), p.relation(), via);
                }
            }
            if (cw.toCatalog().equals(catalog.id())) {
                for (CrosswalkPair p : cw.pairsTo(clause.ref())) {
                    links++;
                    link(cw.fromCatalog(), p.fromRef(), inverse(p.relation()), via);
                }
            }
        }
        ClauseApplicability decision = applicability.get(ClauseApplicability.idFor(catalog.id(), clause.ref()));
        String group = root(catalog, clause).ref();
        if (decision != null && !decision.applicable()) {
            return new ClauseCoverage(clause, group, CoverageStatus.NOT_APPLICABLE, false, CoverageStatus.NOT_APPLICABLE,
                    counted, via, links, decision);
        }
        if (direct != CoverageStatus.GAP || via.isEmpty()) {
            return new ClauseCoverage(clause, group, direct, false, direct, counted, via, links, decision);
        }
        CoverageStatus derived = via.stream().map(DerivedLink::carried).reduce(CoverageStatus.GAP, CoverageStatus::best);
        return new ClauseCoverage(clause, group, derived, true, direct, counted, via, links, decision);
    }

    /** Mappings whose control exists and is not itself marked not applicable. */
    private List<Mapping> countedMappings(String catalogId, String ref) {
        return mappingsByClause.getOrDefault(key(catalogId, ref), List.of()).stream()
                .filter(m -> controls.containsKey(m.controlId())
                        && controls.get(m.controlId()).status() != ImplementationStatus.NOT_APPLICABLE)
                .toList();
    }

    /** Covered by an in-place control whose relation is not a mere intersection; partial by any other mapping. */
    private CoverageStatus direct(List<Mapping> counted) {
        if (counted.isEmpty()) return CoverageStatus.GAP;
        boolean covered = counted.stream().anyMatch(m -> m.relation() != Relation.INTERSECT
                && controls.get(m.controlId()).status().inPlace());
        return covered ? CoverageStatus.COVERED : CoverageStatus.PARTIAL;
    }

    /**
     * A neighbour's own coverage carries over in full only when the neighbour contains this clause
     * (this clause equals it or is a subset of it); otherwise it covers part of this clause: partial.
     */
    private void link(String otherCatalog, String otherRef, Relation relation, List<DerivedLink> via) {
        if (!catalogs.containsKey(otherCatalog)) return;
        List<Mapping> counted = countedMappings(otherCatalog, otherRef);
        CoverageStatus neighbour = direct(counted);
        if (neighbour == CoverageStatus.GAP) return;
        boolean contains = relation == Relation.EQUAL || relation == Relation.SUBSET;
        CoverageStatus carried = neighbour == CoverageStatus.COVERED && contains ? CoverageStatus.COVERED : CoverageStatus.PARTIAL;
        via.add(new DerivedLink(otherCatalog, otherRef, relation, neighbour, carried,
                counted.stream().map(Mapping::controlId).distinct().toList()));
    }

    /** A pair reads "from R to"; seen from the "to" side, subset and superset swap. */
    static Relation inverse(Relation r) {
        return switch (r) {
            case SUBSET -> Relation.SUPERSET;
            case SUPERSET -> Relation.SUBSET;
            default -> r;
        };
    }

    private static Clause root(Catalog catalog, Clause clause) {
        Clause c = clause;
        Map<String, Boolean> seen = new HashMap<>();
        while (!c.isRoot() && seen.put(c.ref(), true) == null) {
            c = catalog.clause(c.parentRef()).orElse(c);
        }
        return c;
    }

    private static String key(String catalogId, String ref) {
        return catalogId + "\u0000" + ref;
    }
}
