package dev.steward.export.xlsx;

import dev.steward.app.AgentObligation;
import dev.steward.app.CoverageSnapshot;
import dev.steward.app.SoaRow;
import dev.steward.app.pack.AuditPackContent;
import dev.steward.domain.Agent;
import dev.steward.domain.Control;
import dev.steward.domain.Evidence;
import dev.steward.domain.Mapping;
import dev.steward.domain.coverage.ClauseCoverage;
import dev.steward.domain.coverage.CoverageStatus;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Coverage per framework, the ISO/IEC 42001 Statement of Applicability and the EU AI Act obligations
 * per agent: the figures of the Coverage section (app.CoverageSnapshot), never recomputed here.
 */
final class ComplianceSheets {
    private ComplianceSheets() {
    }

    /** One sheet per framework the register is assessed against. */
    static List<Function<AuditPackContent, SheetSpec<?>>> coverageSheets(AuditPackContent content) {
        List<Function<AuditPackContent, SheetSpec<?>>> sheets = new ArrayList<>();
        for (String id : content.coverage().frameworks()) sheets.add(c -> coverage(c.coverage(), id));
        return sheets;
    }

    static SheetSpec<ClauseCoverage> coverage(CoverageSnapshot s, String frameworkId) {
        var f = s.coverage(frameworkId);
        return new SheetSpec<>(sheetName("Coverage " + shortName(frameworkId)), List.of(
                Column.text("Clause", 14, ClauseCoverage::ref),
                Column.wrap("Title", 44, c -> c.clause().title().equals(c.ref()) ? c.clause().text() : c.clause().title()),
                Column.text("Group", 12, ClauseCoverage::groupRef),
                Column.choice("Status", 15, CoverageStatus.class, ClauseCoverage::status),
                Column.text("Derived through a crosswalk", 12, ClauseCoverage::derived),
                Column.choice("Direct status", 15, CoverageStatus.class, ClauseCoverage::directStatus),
                Column.wrap("Mapped controls", 30, c -> c.mappings().stream().map(Mapping::controlId).distinct()
                        .collect(Collectors.joining("; "))),
                Column.number("Crosswalk links", 10, ClauseCoverage::crosswalkLinks),
                Column.wrap("Not applicable because", 34, c -> c.decision().filter(d -> !d.applicable())
                        .map(d -> d.justification()).orElse(null)),
                Column.text("Evidence", 18, c -> s.evidenceOf(c).stream().map(Evidence::id).collect(Collectors.joining("; ")))),
                f.clauses());
    }

    static SheetSpec<SoaRow> soa(AuditPackContent content) {
        return new SheetSpec<>("ISO 42001 SoA", List.of(
                Column.text("Control", 10, SoaRow::ref),
                Column.wrap("Title", 40, SoaRow::title),
                Column.wrap("Objective", 30, SoaRow::objective),
                Column.text("Applicable", 10, r -> r.decided() ? (r.applicable() ? "yes" : "no") : "undecided"),
                Column.wrap("Justification", 40, SoaRow::justification),
                Column.text("Implementation", 16, SoaRow::implementation),
                Column.text("Coverage", 14, r -> r.coverage() == null ? null : r.coverage().status().label()),
                Column.wrap("Mapped controls", 30, r -> r.controls().stream().map(c -> c.id() + " " + c.name())
                        .collect(Collectors.joining("; "))),
                Column.text("Evidence", 18, r -> r.evidence().stream().map(Evidence::id).collect(Collectors.joining("; ")))),
                content.coverage().soa());
    }

    /** One row per agent and obligation that follows from its EU AI Act role and tier. */
    record AgentLine(Agent agent, AgentObligation obligation) {
    }

    static SheetSpec<AgentLine> obligations(AuditPackContent content) {
        CoverageSnapshot s = content.coverage();
        List<AgentLine> rows = new ArrayList<>();
        for (Agent a : s.agents()) s.obligations(a).forEach(o -> rows.add(new AgentLine(a, o)));
        return new SheetSpec<>("EU AI Act obligations", List.of(
                Column.text("Agent", 10, l -> l.agent().id()),
                Column.text("Name", 26, l -> l.agent().name()),
                Column.text("Role", 11, l -> l.agent().aiAct().role()),
                Column.text("Risk tier", 14, l -> l.agent().aiAct().riskTier()),
                Column.text("Article", 14, l -> l.obligation().obligation().article()),
                Column.wrap("Obligation", 50, l -> l.obligation().obligation().summary()),
                Column.wrap("Why it applies", 34, l -> l.obligation().why()),
                Column.text("Status", 14, l -> l.obligation().record() == null ? "OPEN" : l.obligation().record().status()),
                Column.text("Controls", 18, l -> l.obligation().controls().stream().map(Control::id).collect(Collectors.joining("; "))),
                Column.text("Evidence", 16, l -> l.obligation().evidence().stream().map(Evidence::id).collect(Collectors.joining("; "))),
                Column.date("Applies from", l -> l.obligation().obligation().appliesFrom()),
                Column.text("Not yet applicable", 10, l -> l.obligation().notYetApplicable())), rows);
    }

    static String shortName(String id) {
        return switch (id) {
            case CoverageSnapshot.NIST -> "NIST AI RMF";
            case CoverageSnapshot.ISO_42001 -> "ISO 42001";
            case CoverageSnapshot.EU_AI_ACT -> "EU AI Act";
            default -> id;
        };
    }

    private static String sheetName(String name) {
        String clean = name.replaceAll("[\\\\/?*\\[\\]:]", "-");
        return clean.length() <= 31 ? clean : clean.substring(0, 31);
    }
}
