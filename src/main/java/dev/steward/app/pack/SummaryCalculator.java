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
import dev.steward.domain.TaskStatus;

import java.time.LocalDate;
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

    public static RegisterSummary summarise(RegisterSnapshot s, LocalDate today) {
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
        RiskBands.ORDER.forEach(b -> byBand.put(b, 0));
        Map<String, RiskCategory> categories = s.categoriesByCode();
        List<RegisterSummary.RiskLine> outOfTolerance = new ArrayList<>();
        for (Risk r : s.risks()) {
            int score = r.currentRating().score();
            byBand.merge(RiskBands.bandOf(score), 1, Integer::sum);
            RiskCategory c = categories.get(r.categoryCode());
            int tolerance = c == null ? 25 : c.tolerance();
            if (r.outOfTolerance(tolerance, today)) {
                outOfTolerance.add(new RegisterSummary.RiskLine(r.id(), r.title(), c == null ? r.categoryCode() : c.name(),
                        score, RiskBands.bandOf(score), tolerance, s.personName(r.ownerId()),
                        r.treatment() == null ? "" : r.treatment().name(), r.treatmentDue()));
            }
        }
        outOfTolerance.sort(Comparator.comparingInt(RegisterSummary.RiskLine::residualScore).reversed()
                .thenComparing(RegisterSummary.RiskLine::riskId));

        Map<String, Integer> controlsByStatus = new LinkedHashMap<>();
        s.controls().forEach(c -> controlsByStatus.merge(c.status().name(), 1, Integer::sum));

        return new RegisterSummary(today, s.agents().size(), byLifecycle, bySanction,
                bySanction.getOrDefault(Sanction.SHADOW.name(), 0), overdue, s.risks().size(), byBand, outOfTolerance,
                s.controls().size(), controlsByStatus, roadmap(s.tasks(), today), openIncidents(s.incidents()),
                gaps(s.agents()));
    }

    static RegisterSummary.RoadmapLine roadmap(List<RoadmapTask> tasks, LocalDate today) {
        List<RegisterSummary.PhaseLine> phases = new ArrayList<>();
        for (Phase p : Phase.values()) {
            List<RoadmapTask> in = tasks.stream().filter(t -> t.phase() == p).toList();
            phases.add(new RegisterSummary.PhaseLine(p.label(), (int) in.stream().filter(t -> t.status() == TaskStatus.DONE).count(),
                    in.size(), (int) in.stream().filter(t -> t.isLate(today)).count()));
        }
        return new RegisterSummary.RoadmapLine((int) tasks.stream().filter(t -> t.status() == TaskStatus.DONE).count(),
                tasks.size(), (int) tasks.stream().filter(t -> t.isLate(today)).count(),
                (int) tasks.stream().filter(t -> t.status() == TaskStatus.BLOCKED).count(), phases);
    }

    static List<RegisterSummary.IncidentLine> openIncidents(List<Incident> incidents) {
        return incidents.stream().filter(i -> i.status() != IncidentStatus.CLOSED && i.status() != IncidentStatus.RESOLVED)
                .sorted(Comparator.comparing(Incident::severity).reversed().thenComparing(Incident::id))
                .map(i -> new RegisterSummary.IncidentLine(i.id(), i.title(), i.severity().name(), i.status().name(),
                        i.seriousIncident(), i.reportingDeadline().map(d -> d.atZone(ZoneOffset.UTC).toLocalDate().toString())
                        .orElse("")))
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
