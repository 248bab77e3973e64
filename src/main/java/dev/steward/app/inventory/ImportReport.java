package dev.steward.app.inventory;

import java.util.List;

/**
 * The result of an import or its preview: one line per data row, the unknown columns, the
 * problems, and whether anything was written (not in a dry run, not when invalid rows stopped it).
 */
public record ImportReport(String file, List<Line> lines, List<String> unknownColumns, List<RowProblem> problems,
                           boolean written) {

    public ImportReport {
        lines = List.copyOf(lines);
        unknownColumns = List.copyOf(unknownColumns);
        problems = List.copyOf(problems);
    }

    /** One row: what happens to it, the agent it creates or matches, and a detail or the problems. */
    public record Line(int row, ImportOutcome outcome, String agentId, String name, String vendor, String detail) {
    }

    public long count(ImportOutcome outcome) {
        return lines.stream().filter(l -> l.outcome() == outcome).count();
    }

    /** "created 3, updated 1, unchanged 0, invalid 2". */
    public String summary() {
        return "created " + count(ImportOutcome.CREATE) + ", updated " + count(ImportOutcome.UPDATE)
                + ", unchanged " + count(ImportOutcome.UNCHANGED) + ", invalid " + count(ImportOutcome.INVALID);
    }
}
