package dev.steward.cli;

import dev.steward.app.RegisterService;
import dev.steward.app.agents.PolicyService;
import dev.steward.app.agents.SyntheticRegister;
import dev.steward.app.inventory.AgentImportService;
import dev.steward.importing.InventoryFiles;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.time.Clock;
import java.util.concurrent.Callable;

/** Wires the agent inventory's commands: check, import agents, generate (one line in StewardCli). */
final class AgentCommands {
    private AgentCommands() {
    }

    static void addTo(CommandLine cli, RegisterService registers, Clock clock) {
        cli.addSubcommand("check", new CheckCommand(registers, new PolicyService(clock)));
        cli.addSubcommand("import", new CommandLine(new ImportCommand())
                .addSubcommand("agents", new ImportAgentsCommand(registers, new AgentImportService(new InventoryFiles(), clock))));
        cli.addSubcommand("generate", new GenerateCommand(new SyntheticRegister(registers, clock)));
    }

    @Command(name = "import", mixinStandardHelpOptions = true, description = "Import into a register.")
    static final class ImportCommand implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            spec.commandLine().usage(spec.commandLine().getErr());
            return 2;
        }
    }
}
