package dev.steward.ui.risks;

import dev.steward.app.RiskBoard;
import dev.steward.domain.Risk;
import dev.steward.domain.scoring.RiskEvaluation;

import java.util.stream.Collectors;

/** A risk as the table shows it: the record, its evaluation and the names it refers to. */
public record RiskRow(Risk risk, RiskEvaluation evaluation, String category, String owner, String agents) {
    static RiskRow of(Risk r, RiskBoard b) {
        return new RiskRow(r, b.evaluation(r), b.categoryName(r.categoryCode()), b.personName(r.ownerId()),
                r.affectedAgentIds().stream().map(b::agentName).collect(Collectors.joining(", ")));
    }

    public String id() {
        return risk.id();
    }
}
