package dev.steward.cli;

import dev.steward.app.OpenedRegister;
import dev.steward.app.RegisterService;
import dev.steward.app.inventory.AgentImportService;
import dev.steward.app.inventory.ImportReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "agents", mixinStandardHelpOptions = true,
        description = {"Import a discovery file (CSV or XLSX: CASB logs, outbound API calls, browser extensions) as SHADOW agents.",
                "Columns: name (or agent, tool, app; required), vendor, model, owner, business unit (or department),",
                "discovery source (or source), data classes, first seen, last seen, users. Unknown columns are reported and ignored.",
                "A row matching an agent by name and vendor updates its last seen. Invalid rows print as FILE:ROW: field: problem;",
                "without --skip-invalid nothing is written when any row is invalid (exit 2)."})
final class ImportAgentsCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "REGISTER", description = "The register file (.steward).")
    Path register;

    @Parameters(index = "1", paramLabel = "FILE", description = "The discovery file (.csv or .xlsx).")
    Path file;

    @Option(names = "--dry-run", description = "Show what would happen; write nothing.")
    boolean dryRun;

    @Option(names = "--skip-invalid", description = "Import the valid rows even when some are invalid.")
    boolean skipInvalid;

    @Spec
    CommandSpec spec;

    private final RegisterService registers;
    private final AgentImportService importer;

    ImportAgentsCommand(RegisterService registers, AgentImportService importer) {
        this.registers = registers;
        this.importer = importer;
    }

    @Override
    public Integer call() {
        OpenedRegister opened = registers.open(register);
        try {
            ImportReport report = importer.importAgents(opened, file, dryRun, skipInvalid);
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            report.problems().forEach(err::println);
            if (!report.unknownColumns().isEmpty()) {
                out.println("unknown columns ignored: " + String.join(", ", report.unknownColumns()));
            }
            out.println(report.summary());
            boolean stopped = !report.problems().isEmpty() && !skipInvalid;
            if (stopped) out.println("nothing written: fix the invalid rows or use --skip-invalid");
            else if (dryRun) out.println("dry run: nothing written");
            out.flush();
            err.flush();
            return stopped ? 2 : 0;
        } finally {
            opened.register().close();
        }
    }
}
