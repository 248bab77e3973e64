package dev.steward.export.xlsx;

import dev.steward.app.pack.AuditPackContent;
import dev.steward.app.pack.RegisterSnapshot;
import dev.steward.domain.Rating;
import dev.steward.domain.Risk;
import dev.steward.domain.RiskCategory;
import dev.steward.domain.RiskStatus;
import dev.steward.domain.Treatment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The Risks and Heat map sheets. Scores and bands are computed, never typed. */
final class RiskSheets {
    private RiskSheets() {
    }

    static SheetSpec<Risk> risks(AuditPackContent content) {
        RegisterSnapshot s = content.snapshot();
        var person = s.personNames();
        LocalDate today = content.summary().asOf();
        var categories = s.categoriesByCode();
        var board = s.riskBoard(today);
        return new SheetSpec<>("Risks", List.of(
                Column.text("ID", 9, Risk::id),
                Column.wrap("Title", 34, Risk::title),
                Column.text("Category", 20, r -> categoryName(categories.get(r.categoryCode()), r.categoryCode())),
                Column.wrap("Cause", 30, Risk::cause),
                Column.wrap("Event", 30, Risk::event),
                Column.wrap("Consequence", 30, Risk::consequence),
                Column.text("Affected agents", 18, r -> String.join("; ", r.affectedAgentIds())),
                Column.text("Owner", 20, r -> person.apply(r.ownerId())),
                Column.number("Inherent likelihood", 10, r -> r.inherent().likelihood()),
                Column.number("Inherent impact", 9, r -> r.inherent().impact()),
                Column.score("Inherent score", r -> r.inherent().score()),
                Column.text("Inherent band", 10, r -> board.evaluation(r).inherentBand().name()),
                Column.text("Linked controls", 18, r -> String.join("; ", r.linkedControlIds())),
                Column.number("Residual likelihood", 10, r -> r.residual() == null ? null : r.residual().likelihood()),
                Column.number("Residual impact", 9, r -> r.residual() == null ? null : r.residual().impact()),
                Column.score("Residual score", r -> r.residual() == null ? null : r.residual().score()),
                Column.text("Residual band", 10, r -> r.residual() == null ? null : board.evaluation(r).residualBand().name()),
                Column.number("Tolerance", 9, r -> board.evaluation(r).tolerance()),
                Column.text("Out of tolerance", 10, r -> board.evaluation(r).outOfTolerance()),
                Column.text("Tolerance standing", 22, r -> board.evaluation(r).status().label()),
                Column.choice("Treatment", 11, Treatment.class, Risk::treatment),
                Column.wrap("Treatment plan", 34, Risk::treatmentPlan),
                Column.date("Treatment due", Risk::treatmentDue),
                Column.choice("Status", 12, RiskStatus.class, Risk::status),
                Column.text("Accepted by", 18, r -> r.acceptance() == null ? null : person.apply(r.acceptance().approverId())),
                Column.date("Accepted on", r -> r.acceptance() == null ? null : r.acceptance().date()),
                Column.date("Acceptance expires", r -> r.acceptance() == null ? null : r.acceptance().expiry()),
                Column.wrap("Threat references", 30, r -> String.join("; ", r.threatRefs()))), s.risks());
    }

    /** One row per cell of the register's matrix with its inherent and residual counts (filterable, band-coloured). */
    static SheetSpec<int[]> heatMap(AuditPackContent content) {
        var matrix = content.snapshot().matrix();
        List<int[]> cells = new ArrayList<>();
        for (int l = matrix.size(); l >= 1; l--) {
            for (int i = 1; i <= matrix.size(); i++) {
                int inherent = 0;
                int residual = 0;
                for (Risk r : content.snapshot().risks()) {
                    if (at(r.inherent(), l, i)) inherent++;
                    if (at(r.residual(), l, i)) residual++;
                }
                cells.add(new int[]{l, i, l * i, inherent, residual});
            }
        }
        return new SheetSpec<>("Heat map", List.of(
                Column.number("Likelihood", 10, c -> c[0]),
                Column.text("Likelihood label", 16, c -> matrix.likelihoodLabel(c[0])),
                Column.number("Impact", 9, c -> c[1]),
                Column.text("Impact label", 14, c -> matrix.impactLabel(c[1])),
                Column.score("Score", c -> c[2]),
                Column.text("Band", 10, c -> matrix.band(c[2]).name()),
                Column.number("Risks (inherent)", 12, c -> c[3]),
                Column.number("Risks (residual)", 12, c -> c[4])), cells);
    }

    private static boolean at(Rating r, int likelihood, int impact) {
        return r != null && r.likelihood() == likelihood && r.impact() == impact;
    }

    private static String categoryName(RiskCategory c, String code) {
        return c == null ? code : c.name();
    }
}
