package dev.steward.app.pack;

import dev.steward.domain.Accountability;
import dev.steward.domain.Agent;
import dev.steward.domain.Incident;
import dev.steward.domain.IncidentStatus;
import dev.steward.domain.Lifecycle;
import dev.steward.domain.Phase;
import dev.steward.domain.Risk;
import dev.steward.domain.RiskCategory;
import dev.steward.domain.RoadmapTask;
import dev.steward.domain.Sanction;
import dev.steward.app.RoadmapProgress;
import dev.steward.domain.roadmap.Tally;
import dev.steward.domain.scoring.RiskEvaluation;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Computes the {@link RegisterSummary} of a snapshot as of a day. Pure: same input, same summary. */
public final class SummaryCalculator {
    private SummaryCalculator() {
    }

    /** Without coverage; dates in UTC. */
    public static RegisterSummary summarise(RegisterSnapshot s, LocalDate today) {
        return summarise(s, null, today, ZoneOffset.UTC);
    }

    /**
     * With coverage: the figures of app.CoverageSnapshot for each framework the register is assessed
     * against. Instants that become dates (the Art. 73 deadlines) are read in {@code zone}: UTC in the
     * audit pack, whose sheets say so, and this computer's zone on screen, as the Incidents section shows them.
     */
    public static RegisterSummary summarise(RegisterSnapshot s, dev.steward.app.CoverageSnapshot coverage, LocalDate today,
                                            ZoneId zone) {
        Map<String, Integer> byLifecycle = new LinkedHashMap<>();
        for (Lifecycle l : Lifecycle.values()) byLifecycle.put(l.name(), 0);
        Map<String, Integer> bySanction = new LinkedHashMap<>();
        for (Sanction x : Sanction.values()) bySanction.put(x.name(), 0);
        for (Agent a : s.agents()) {
            byLifecycle.merge(a.lifecycle().name(), 1, Integer::sum);
            bySanction.merge(a.provenance().sanction().name(), 1, Integer::sum);
        }
        List<RegisterSummary.AgentLine> overdue = s.agents().stream().filter(a -> a.reviewOverdue(today))
                .map(a -> new RegisterSummary.AgentLine(a.id(), a.name(), a.review().nextDue()
                        .map(d -> "review was due " + d).orElse("never reviewed")))
                .toList();

        Map<String, Integer> byBand = new LinkedHashMap<>();
        var bands = s.matrix().bands();
        for (int b = bands.size() - 1; b >= 0; b--) byBand.put(bands.get(b).name(), 0); // worst band first
        List<RegisterSummary.RiskLine> outOfTolerance = new ArrayList<>();
        var board = s.riskBoard(today);
        var person = s.personNames();
        var categories = s.categoriesByCode();
        for (Risk r : s.risks()) {
            RiskEvaluation e = board.evaluation(r);
            byBand.merge(e.currentBand().name(), 1, Integer::sum);
            if (e.outOfTolerance()) {
                outOfTolerance.add(new RegisterSummary.RiskLine(r.id(), r.title(),
                        categories.containsKey(r.categoryCode()) ? categories.get(r.categoryCode()).name() : r.categoryCode(),
                        e.currentScore(), e.currentBand().name(), e.currentBand().colour(), e.tolerance(),
                        e.status().label(), person.apply(r.ownerId()),
                        r.treatment() == null ? "" : r.treatment().name(), r.treatmentDue()));
            }
        }
        outOfTolerance.sort(Comparator.comparingInt(RegisterSummary.RiskLine::residualScore).reversed()
                .thenComparing(RegisterSummary.RiskLine::riskId));

        Map<String, Integer> controlsByStatus = new LinkedHashMap<>();
        s.controls().forEach(c -> controlsByStatus.merge(c.status().name(), 1, Integer::sum));

        return new RegisterSummary(today, s.agents().size(), byLifecycle, bySanction,
                bySanction.getOrDefault(Sanction.SHADOW.name(), 0), overdue, s.risks().size(), byBand, outOfTolerance,
                s.controls().size(), controlsByStatus, roadmap(s.tasks(), today), openIncidents(s.incidents(), today, zone),
                gaps(s.agents()), s.violations(today).stream()
                        .sorted(Comparator.comparing((dev.steward.domain.policy.Violation v) -> v.severity()).reversed()
                                .thenComparing(dev.steward.domain.policy.Violation::subjectId)).toList(),
                coverage == null ? List.of() : coverageLines(coverage));
    }

    static List<RegisterSummary.CoverageLine> coverageLines(dev.steward.app.CoverageSnapshot c) {
        List<RegisterSummary.CoverageLine> lines = new ArrayList<>();
        for (String id : c.frameworks()) {
            var f = c.coverage(id);
            var t = f.total();
            lines.add(new RegisterSummary.CoverageLine(id, f.catalogName(), t.coveredPercent(), t.coveredDerivedPercent(),
                    t.partialPercent(), t.partialDerivedPercent(), t.gapPercent(), t.notApplicable()));
        }
        return lines;
    }

    /** Roadmap progress as the Roadmap section computes it (app.RoadmapProgress). */
    static RegisterSummary.RoadmapLine roadmap(List<RoadmapTask> tasks, LocalDate today) {
        RoadmapProgress progress = RoadmapProgress.of(tasks, today);
        List<RegisterSummary.PhaseLine> phases = new ArrayList<>();
        for (Phase p : Phase.values()) {
            Tally t = progress.phase(p);
            phases.add(new RegisterSummary.PhaseLine(p.label(), t.done(), t.total(), t.late()));
        }
        Tally all = progress.overall();
        return new RegisterSummary.RoadmapLine(all.done(), all.total(), all.late(), all.blocked(), phases);
    }

    /** The open incidents, worst first; a serious one's Art. 73 date (in {@code zone}) is overdue once {@code today} is past it. */
    static List<RegisterSummary.IncidentLine> openIncidents(List<Incident> incidents, LocalDate today, ZoneId zone) {
        return incidents.stream().filter(i -> i.status() != IncidentStatus.CLOSED && i.status() != IncidentStatus.RESOLVED)
                .sorted(Comparator.comparing(Incident::severity).reversed().thenComparing(Incident::id))
                .map(i -> {
                    var deadline = i.reportingDeadline().map(d -> LocalDate.ofInstant(d, zone));
                    return new RegisterSummary.IncidentLine(i.id(), i.title(), i.severity().name(), i.status().name(),
                            i.seriousIncident(), deadline.map(LocalDate::toString).orElse(""),
                            deadline.filter(today::isAfter).isPresent());
                })
                .toList();
    }

    static List<RegisterSummary.AccountabilityGap> gaps(List<Agent> agents) {
        List<RegisterSummary.AccountabilityGap> gaps = new ArrayList<>();
        for (Agent a : agents) {
            if (a.lifecycle() == Lifecycle.DECOMMISSIONED) continue;
            Accountability acc = a.accountability();
            List<String> missing = new ArrayList<>();
            if (acc.ownerId() == null) missing.add("owner");
            if (acc.approverId() == null) missing.add("approver");
            if (acc.incidentInvestigatorId() == null) missing.add("incident investigator");
            if (acc.liabilityHolderId() == null) missing.add("liability holder");
            if (!missing.isEmpty()) gaps.add(new RegisterSummary.AccountabilityGap(a.id(), a.name(), missing));
        }
        return gaps;
    }
}
