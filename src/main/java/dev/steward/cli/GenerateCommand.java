package dev.steward.cli;

import dev.steward.app.agents.SyntheticRegister;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "generate", mixinStandardHelpOptions = true,
        description = "Write a large synthetic register (for benchmarks and load tests) to FILE.")
final class GenerateCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE", description = "The new register; must not exist yet.")
    Path file;

    @Option(names = "--agents", defaultValue = "1000", description = "How many agents (default ${DEFAULT-VALUE}).")
    int agents;

    @Option(names = "--risks", defaultValue = "0", description = "How many risks (default ${DEFAULT-VALUE}).")
    int risks;

    @Option(names = "--seed", defaultValue = "42", description = "Random seed; the same seed gives the same register.")
    long seed;

    @Spec
    CommandSpec spec;

    private final SyntheticRegister generator;

    GenerateCommand(SyntheticRegister generator) {
        this.generator = generator;
    }

    @Override
    public Integer call() {
        long start = System.nanoTime();
        generator.generate(file, agents, risks, seed);
        spec.commandLine().getOut().printf("wrote %d agents and %d risks to %s in %d ms%n", agents, risks, file,
                (System.nanoTime() - start) / 1_000_000);
        return 0;
    }
}
