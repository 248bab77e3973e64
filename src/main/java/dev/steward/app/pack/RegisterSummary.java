package dev.steward.app.pack;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The one summary of a register that the dashboard, the workbook's Summary sheet and the PDF all
 * show: computed once by {@link SummaryCalculator}, so the three never disagree.
 */
public record RegisterSummary(
        LocalDate asOf,
        int agents,
        Map<String, Integer> agentsByLifecycle,
        Map<String, Integer> agentsBySanction,
        int shadowAgents,
        List<AgentLine> overdueReviews,
        int risks,
        Map<String, Integer> risksByBand,
        List<RiskLine> outOfTolerance,
        int controls,
        Map<String, Integer> controlsByStatus,
        RoadmapLine roadmap,
        List<IncidentLine> openIncidents,
        List<AccountabilityGap> accountabilityGaps,
        List<dev.steward.domain.policy.Violation> violations,
        List<CoverageLine> coverage) {

    /** A framework's coverage as the Coverage section shows it (percentages of applicable clauses). */
    public record CoverageLine(String frameworkId, String framework, int covered, int coveredDerived, int partial,
                               int partialDerived, int gap, int notApplicable) {
    }

    /** Open violations per severity, most severe first. */
    public Map<String, Integer> violationsBySeverity() {
        Map<String, Integer> counts = new java.util.LinkedHashMap<>();
        for (var s : List.of("CRITICAL", "HIGH", "MEDIUM", "LOW")) counts.put(s, 0);
        violations.forEach(v -> counts.merge(v.severity().name(), 1, Integer::sum));
        return counts;
    }

    /** An agent named in a summary list, with the fact that put it there. */
    public record AgentLine(String agentId, String agentName, String fact) {
    }

    /** A risk out of tolerance: its scores against its category's tolerance and who owns it. */
    public record RiskLine(String riskId, String title, String category, int residualScore, String band,
                           dev.steward.domain.scoring.BandColour colour, int tolerance, String standing, String owner,
                           String treatment, LocalDate treatmentDue) {
    }

    /** Roadmap progress overall: done of total, late, blocked; with one line per phase. */
    public record RoadmapLine(int done, int total, int late, int blocked, List<PhaseLine> phases) {
        public int percentDone() {
            return total == 0 ? 0 : Math.round(100f * done / total);
        }
    }

    public record PhaseLine(String phase, int done, int total, int late) {
    }

    public record IncidentLine(String incidentId, String title, String severity, String status, boolean serious,
                               String reportingDeadline, boolean reportOverdue) {
    }

    /** An agent missing one or more of owner, approver, incident investigator, liability holder. */
    public record AccountabilityGap(String agentId, String agentName, List<String> missing) {
    }
}
