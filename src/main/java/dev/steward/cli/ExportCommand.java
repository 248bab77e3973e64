package dev.steward.cli;

import dev.steward.app.OpenedRegister;
import dev.steward.app.RegisterService;
import dev.steward.app.TaskRunner;
import dev.steward.app.pack.AuditPackService;
import dev.steward.app.pack.Manifest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Write the audit pack of REGISTER into a new folder:",
                "NAME-register.xlsx, NAME-executive-summary.pdf and manifest.json.",
                "An existing, non-empty folder is never overwritten."})
final class ExportCommand implements Callable<Integer> {
    @Parameters(paramLabel = "REGISTER", description = "The register file (.steward).")
    Path file;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "The folder to create.")
    Path out;

    @Spec
    CommandSpec spec;

    private final RegisterService registers;
    private final AuditPackService packs;

    ExportCommand(RegisterService registers, AuditPackService packs) {
        this.registers = registers;
        this.packs = packs;
    }

    @Override
    public Integer call() {
        OpenedRegister opened = registers.open(file);
        try {
            Manifest m = packs.export(opened.register(), registers.actor().describe(), out, TaskRunner.Progress.NONE);
            var o = spec.commandLine().getOut();
            o.println("wrote the audit pack of " + file.getFileName() + " to " + out);
            m.files().forEach(f -> o.println("  " + f.name() + "  " + f.size() + " bytes  sha256 " + f.sha256()));
            o.println("  manifest.json  (change-log head " + m.changeLogHeadHash() + ")");
            return 0;
        } finally {
            opened.register().close();
        }
    }
}
