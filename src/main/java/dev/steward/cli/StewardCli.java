package dev.steward.cli;

import dev.steward.app.CatalogImportException;
import dev.steward.app.CatalogSource;
import dev.steward.app.RegisterFileException;
import dev.steward.app.RegisterService;
import dev.steward.app.UiStarter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/**
 * {@code steward}: with no command it opens the app; subcommands work headless. Exit codes:
 * 0 success, 1 findings (a broken chain, violations), 2 bad usage or bad input, with one line on
 * stderr that names the file.
 */
@Command(name = "steward", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Steward: the register, risks, controls and audit pack of your AI agents.",
        footer = {"", "With no command, opens the app on the last register (else the demo register)."})
public final class StewardCli implements Callable<Integer> {

    @Option(names = "--exit-after-first-frame",
            description = "Open the window, print first-frame-ms=N (JVM start to first frame) and exit.")
    boolean exitAfterFirstFrame;

    @Parameters(arity = "0..1", paramLabel = "FILE", description = "A register to open (.steward).")
    Path file;

    private final UiStarter ui;

    StewardCli(UiStarter ui) {
        this.ui = ui;
    }

    @Override
    public Integer call() {
        return ui.start(file, exitAfterFirstFrame);
    }

    /** Builds the command line with every subcommand wired to the given services. */
    public static CommandLine commandLine(CliServices s) {
        CommandLine cli = new CommandLine(new StewardCli(s.ui()));
        cli.addSubcommand("open", new OpenCommand(s.ui()));
        cli.addSubcommand("demo", new DemoCommand(s.registers()));
        cli.addSubcommand("log", new CommandLine(new LogCommand()).addSubcommand("verify", new LogVerifyCommand(s.registers())));
        cli.addSubcommand("catalogs", CatalogsCommand.create(s.catalogs()));
        cli.addSubcommand("export", new ExportCommand(s.registers(), s.packs()));
        AgentCommands.addTo(cli, s.registers(), java.time.Clock.systemDefaultZone());
        cli.addSubcommand("coverage", CoverageCommand.create(s.registers(), s.catalogs()));
        cli.addSubcommand("incidents", new IncidentsCommand(s.registers(), java.time.Clock.systemUTC()));
        cli.setExecutionExceptionHandler(StewardCli::reportFailure);
        return cli;
    }

    public static int run(CliServices services, String... args) {
        return commandLine(services).execute(args);
    }

    private static int reportFailure(Exception e, CommandLine cmd, CommandLine.ParseResult parsed) {
        PrintWriter err = cmd.getErr();
        if (e instanceof RegisterFileException || e instanceof IllegalArgumentException
                || e instanceof CatalogImportException || e instanceof java.io.UncheckedIOException) {
            err.println("steward: " + e.getMessage());
        } else {
            err.println("steward: unexpected error: " + e);
        }
        err.flush();
        return 2;
    }

    @Command(name = "log", description = "Work with a register's change log.", mixinStandardHelpOptions = true,
            subcommandsRepeatable = false)
    static final class LogCommand implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            spec.commandLine().usage(spec.commandLine().getErr());
            return 2;
        }
    }
}
