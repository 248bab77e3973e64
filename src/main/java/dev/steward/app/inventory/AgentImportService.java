package dev.steward.app.inventory;

import dev.steward.app.Edit;
import dev.steward.app.EntityChange;
import dev.steward.app.EntityKinds;
import dev.steward.app.OpenedRegister;
import dev.steward.app.RegisterPort;
import dev.steward.domain.Agent;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Shadow-AI import: rows of a discovery file (CASB logs, outbound API calls, browser extensions)
 * become SHADOW agents; a row naming an agent already in the register (same name and vendor,
 * ignoring case) widens its sighting instead of duplicating it. Everything is one edit, so one
 * transaction and one undo; nothing is written in a dry run, nor when a row is invalid unless the
 * caller chose to skip invalid rows.
 */
public final class AgentImportService {
    private final InventoryReader reader;
    private final Clock clock;

    public AgentImportService(InventoryReader reader, Clock clock) {
        this.reader = reader;
        this.clock = clock;
    }

    /** What importing would do, writing nothing: the wizard's preview. */
    public ImportReport preview(RegisterPort register, Path file) {
        return plan(register, file).report(false);
    }

    public ImportReport importAgents(OpenedRegister opened, Path file, boolean dryRun, boolean skipInvalid) {
        Plan plan = plan(opened.register(), file);
        boolean blocked = !plan.problems.isEmpty() && !skipInvalid;
        if (dryRun || blocked || plan.changes.isEmpty()) return plan.report(false);
        opened.history().perform(new Edit("Import " + plan.created + " new and " + plan.updated + " seen-again agents from "
                + fileName(file), plan.changes));
        return plan.report(true);
    }

    private Plan plan(RegisterPort register, Path file) {
        String name = fileName(file);
        RawTable table = reader.read(file);
        InventoryColumns columns = InventoryColumns.of(name, table.header());
        LocalDate today = LocalDate.now(clock);
        InventoryRowParser parser = new InventoryRowParser(name, columns, register.all(EntityKinds.PERSON));
        List<Agent> existing = register.all(EntityKinds.AGENT);
        Map<String, Agent> original = new LinkedHashMap<>();
        existing.forEach(a -> original.putIfAbsent(key(a.name(), a.platform().vendor()), a));
        Map<String, Agent> current = new LinkedHashMap<>(original);
        Map<String, Integer> firstRow = new LinkedHashMap<>();
        List<String> ids = new ArrayList<>(existing.stream().map(Agent::id).toList());
        Plan plan = new Plan(name, columns.unknown());
        for (RawTable.Row row : table.rows()) {
            if (row.blank()) continue;
            InventoryRowParser.Parsed parsed = parser.parse(row);
            if (!parsed.problems().isEmpty()) {
                plan.problems.addAll(parsed.problems());
                plan.lines.add(new ImportReport.Line(row.number(), ImportOutcome.INVALID, null, parsed.name(), parsed.vendor(),
                        String.join("; ", parsed.problems().stream().map(p -> p.field() + ": " + p.problem()).toList())));
                continue;
            }
            String k = key(parsed.name(), parsed.vendor());
            Agent before = current.get(k);
            if (before == null) {
                String id = dev.steward.domain.Ids.next(dev.steward.domain.Ids.AGENT, ids);
                ids.add(id);
                current.put(k, parsed.toAgent(id, "Found in use (" + name + ", imported " + today + "); not yet assessed."));
                firstRow.put(k, row.number());
                plan.line(row.number(), ImportOutcome.CREATE, current.get(k), "new shadow agent");
                continue;
            }
            Agent after = before.withSighting(before.sighting() == null ? parsed.sighting() : before.sighting().merge(parsed.sighting()));
            current.put(k, after);
            String where = firstRow.containsKey(k) ? "row " + firstRow.get(k) : before.id();
            if (after.equals(before)) {
                plan.line(row.number(), ImportOutcome.UNCHANGED, after, "already known as " + where);
            } else {
                plan.line(row.number(), ImportOutcome.UPDATE, after, "seen again: last seen "
                        + (after.sighting().lastSeen() == null ? "unknown" : after.sighting().lastSeen()) + " (" + where + ")");
            }
        }
        current.forEach((k, agent) -> {
            Agent was = original.get(k);
            if (was == null) {
                plan.changes.add(EntityChange.create(EntityKinds.AGENT, agent));
                plan.created++;
            } else if (!was.equals(agent)) {
                plan.changes.add(EntityChange.update(EntityKinds.AGENT, was, agent));
                plan.updated++;
            }
        });
        return plan;
    }

    static String key(String name, String vendor) {
        return name.strip().toLowerCase(Locale.ROOT) + "\u0000" + (vendor == null ? "" : vendor.strip().toLowerCase(Locale.ROOT));
    }

    private static String fileName(Path file) {
        return file.getFileName() == null ? file.toString() : file.getFileName().toString();
    }

    private static final class Plan {
        final String file;
        final List<String> unknown;
        final List<ImportReport.Line> lines = new ArrayList<>();
        final List<RowProblem> problems = new ArrayList<>();
        final List<EntityChange<?>> changes = new ArrayList<>();
        int created;
        int updated;

        Plan(String file, List<String> unknown) {
            this.file = file;
            this.unknown = unknown;
        }

        void line(int row, ImportOutcome outcome, Agent agent, String detail) {
            lines.add(new ImportReport.Line(row, outcome, agent.id(), agent.name(), agent.platform().vendor(), detail));
        }

        ImportReport report(boolean written) {
            return new ImportReport(file, lines, unknown, problems, written);
        }
    }
}
