package dev.steward.cli;

import dev.steward.app.RegisterService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Write the demo register (a fictional bank with a dozen agents) to FILE.")
final class DemoCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE", description = "The new register; must not exist yet.")
    Path file;

    @Spec
    CommandSpec spec;

    private final RegisterService registers;

    DemoCommand(RegisterService registers) {
        this.registers = registers;
    }

    @Override
    public Integer call() {
        registers.writeDemo(file);
        spec.commandLine().getOut().println("wrote the demo register to " + file);
        return 0;
    }
}
