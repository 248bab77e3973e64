package dev.steward.cli;

import dev.steward.app.ChainVerdict;
import dev.steward.app.OpenedRegister;
import dev.steward.app.RegisterService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "verify", mixinStandardHelpOptions = true,
        description = {"Recompute the change log's hash chain of REGISTER.",
                "Exit 0 when it holds, 1 naming the first bad row when it does not."})
final class LogVerifyCommand implements Callable<Integer> {
    @Parameters(paramLabel = "REGISTER", description = "The register file (.steward).")
    Path file;

    @Spec
    CommandSpec spec;

    private final RegisterService registers;

    LogVerifyCommand(RegisterService registers) {
        this.registers = registers;
    }

    @Override
    public Integer call() {
        OpenedRegister opened = registers.open(file);
        try {
            ChainVerdict verdict = opened.register().changeLog().verify();
            if (verdict.intact()) {
                spec.commandLine().getOut().println(file + ": " + verdict.describe());
                return 0;
            }
            spec.commandLine().getOut().println(file + ": " + verdict.describe());
            return 1;
        } finally {
            opened.register().close();
        }
    }
}
