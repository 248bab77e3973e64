package dev.steward.app;

import dev.steward.domain.Agent;
import dev.steward.domain.AiActClassification;
import dev.steward.domain.Catalog;
import dev.steward.domain.Clause;
import dev.steward.domain.ClauseApplicability;
import dev.steward.domain.Control;
import dev.steward.domain.Evidence;
import dev.steward.domain.EvidenceLink;
import dev.steward.domain.ImplementationStatus;
import dev.steward.domain.Mapping;
import dev.steward.domain.ObligationRecord;
import dev.steward.domain.coverage.ClauseCoverage;
import dev.steward.domain.coverage.CoverageCalculator;
import dev.steward.domain.coverage.CoverageStatus;
import dev.steward.domain.coverage.FrameworkCoverage;
import dev.steward.domain.coverage.GapRanking;
import dev.steward.domain.coverage.RankedGap;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The register's controls, mappings, decisions and evidence read once, with the catalogs, and every coverage
 * figure computed from them: per framework, the gap list, the ISO 42001 Statement of Applicability and each
 * agent's EU AI Act checklist. The app, {@code steward coverage} and the export all read this one value.
 */
public final class CoverageSnapshot {

    public static final String NIST = "nist-ai-rmf-1.0";
    public static final String ISO_42001 = "iso-iec-42001-2023";
    public static final String EU_AI_ACT = "eu-ai-act-2024-1689";

    /** What the snapshot is computed from. */
    record Inputs(LoadedCatalogs catalogs, List<Control> controls, List<Mapping> mappings, List<ClauseApplicability> decisions,
                  List<Evidence> evidence, List<Agent> agents, List<AiActClassification> classifications,
                  List<ObligationRecord> records, List<LibraryControl> library, List<Obligation> euObligations, LocalDate today) {
    }

    private final Inputs in;
    private final CoverageCalculator calculator;
    private final Map<String, Control> controls;
    private final Map<String, FrameworkCoverage> cache = new ConcurrentHashMap<>();

    CoverageSnapshot(Inputs in) {
        this.in = in;
        this.controls = in.controls().stream().collect(Collectors.toMap(Control::id, Function.identity()));
        this.calculator = new CoverageCalculator(in.catalogs().catalogs(), in.catalogs().crosswalks(), in.mappings(),
                in.controls(), in.decisions());
    }

    public LoadedCatalogs catalogs() { return in.catalogs(); }
    public List<Control> controls() { return in.controls(); }
    public List<Mapping> mappings() { return in.mappings(); }
    public List<Agent> agents() { return in.agents(); }
    public LocalDate today() { return in.today(); }

    /** The three principal frameworks, then every other catalog the register maps to, in catalog order. */
    public List<String> frameworks() {
        Set<String> mapped = in.mappings().stream().map(Mapping::frameworkId).collect(Collectors.toSet());
        Set<String> ids = new LinkedHashSet<>();
        for (String id : List.of(NIST, ISO_42001, EU_AI_ACT)) if (in.catalogs().catalog(id).isPresent()) ids.add(id);
        in.catalogs().catalogs().stream().map(Catalog::id).filter(mapped::contains).forEach(ids::add);
        return List.copyOf(ids);
    }

    /** @throws IllegalArgumentException naming the id when no such catalog is loaded */
    public FrameworkCoverage coverage(String frameworkId) {
        return cache.computeIfAbsent(frameworkId, calculator::coverage);
    }

    public List<RankedGap> gaps(String frameworkId) {
        return coverage(frameworkId).gaps(ranking(frameworkId));
    }

    public GapRanking ranking(String frameworkId) {
        Map<String, Integer> library = new HashMap<>();
        in.library().forEach(lc -> lc.mappings().stream().filter(m -> m.frameworkId().equals(frameworkId))
                .map(LibraryControl.LibraryMapping::clauseRef).distinct().forEach(ref -> library.merge(ref, 1, Integer::sum)));
        Map<String, Integer> agents = new HashMap<>();
        if (frameworkId.equals(EU_AI_ACT)) {
            for (Agent a : in.agents()) {
                Set<String> refs = new HashSet<>();
                applicable(a).forEach(o -> {
                    refs.add(o.article());
                    refs.addAll(o.related());
                });
                refs.forEach(ref -> agents.merge(ref, 1, Integer::sum));
            }
        }
        return new GapRanking(agents, library);
    }

    public Optional<Control> control(String id) {
        return Optional.ofNullable(controls.get(id));
    }

    public List<Evidence> evidence(EvidenceLink link) {
        return in.evidence().stream().filter(e -> link.equals(e.attachedTo())).toList();
    }

    /** Evidence of the clause itself and of the controls mapped to it. */
    public List<Evidence> evidenceOf(ClauseCoverage c) {
        List<Evidence> out = new ArrayList<>(evidence(new EvidenceLink(EvidenceService.CLAUSE,
                ClauseApplicability.idFor(c.clause().catalogId(), c.ref()))));
        c.mappings().stream().map(Mapping::controlId).distinct().forEach(id ->
                out.addAll(evidence(new EvidenceLink(EvidenceService.CONTROL, id))));
        return out;
    }

    public List<Evidence> allEvidence() {
        return in.evidence();
    }

    /** The 38 Annex A controls of ISO/IEC 42001 with applicability, justification, implementation and evidence. */
    public List<SoaRow> soa() {
        Catalog iso = in.catalogs().catalog(ISO_42001).orElse(null);
        if (iso == null) return List.of();
        FrameworkCoverage cov = coverage(ISO_42001);
        List<SoaRow> rows = new ArrayList<>();
        for (Clause c : iso.clausesOfKind("control")) {
            if (!c.ref().startsWith("A.")) continue;
            ClauseCoverage cc = cov.clause(c.ref()).orElseThrow();
            Clause objective = iso.clause(c.parentRef()).orElse(c);
            List<Control> mapped = cc.mappings().stream().map(m -> controls.get(m.controlId())).distinct().toList();
            Optional<ClauseApplicability> d = cc.decision();
            rows.add(new SoaRow(c.ref(), c.title(), objective.ref() + " " + objective.title(), d.map(ClauseApplicability::applicable)
                    .orElse(true), d.isPresent(), d.map(ClauseApplicability::justification).orElse(""), implementation(cc, mapped),
                    cc, mapped, evidenceOf(cc)));
        }
        return rows;
    }

    static String implementation(ClauseCoverage cc, List<Control> mapped) {
        if (cc.status() == CoverageStatus.NOT_APPLICABLE) return "Excluded";
        if (cc.directStatus() == CoverageStatus.COVERED) {
            return mapped.stream().allMatch(c -> c.status() != ImplementationStatus.IMPLEMENTED) ? "Implemented and verified" : "Implemented";
        }
        if (cc.directStatus() == CoverageStatus.PARTIAL) {
            ImplementationStatus best = mapped.stream().map(Control::status).max(Comparator.naturalOrder()).orElseThrow();
            return best.inPlace() ? "Partially implemented" : best == ImplementationStatus.IN_PROGRESS ? "In progress" : "Planned";
        }
        return cc.derived() ? "Not implemented; " + cc.status().label().toLowerCase() + " via crosswalk" : "Not implemented";
    }

    /** The agent's EU AI Act checklist: the obligations its role and tier bring, with their records. */
    public List<AgentObligation> obligations(Agent agent) {
        AiActClassification cls = classification(agent.id()).orElse(null);
        Map<String, ObligationRecord> records = in.records().stream().filter(r -> r.agentId().equals(agent.id()))
                .collect(Collectors.toMap(ObligationRecord::ref, Function.identity()));
        List<AgentObligation> out = new ArrayList<>();
        for (Obligation o : in.euObligations()) {
            Optional<String> why = ObligationRules.why(o, agent, cls);
            if (why.isEmpty()) continue;
            ObligationRecord rec = records.getOrDefault(o.ref(), ObligationRecord.open(agent.id(), o.ref()));
            List<Control> recorded = rec.controlIds().stream().map(controls::get).filter(java.util.Objects::nonNull).toList();
            List<Control> suggested = in.mappings().stream()
                    .filter(m -> m.frameworkId().equals(EU_AI_ACT) && m.clauseRef().equals(o.article()))
                    .map(m -> controls.get(m.controlId())).filter(c -> c != null && c.appliesTo(agent.id()) && !recorded.contains(c))
                    .distinct().toList();
            out.add(new AgentObligation(o, why.get(), rec, recorded, suggested,
                    evidence(new EvidenceLink(EvidenceService.OBLIGATION, rec.id())),
                    o.appliesFrom() != null && o.appliesFrom().isAfter(in.today())));
        }
        return out;
    }

    public Optional<AiActClassification> classification(String agentId) {
        return in.classifications().stream().filter(c -> c.id().equals(agentId)).findFirst();
    }

    private List<Obligation> applicable(Agent a) {
        AiActClassification cls = classification(a.id()).orElse(null);
        return in.euObligations().stream().filter(o -> ObligationRules.why(o, a, cls).isPresent()).toList();
    }
}
