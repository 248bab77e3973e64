package dev.steward.cli;

import dev.steward.app.UiStarter;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "open", mixinStandardHelpOptions = true, description = "Open the app on FILE.")
final class OpenCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE", description = "The register to open (.steward).")
    Path file;

    private final UiStarter ui;

    OpenCommand(UiStarter ui) {
        this.ui = ui;
    }

    @Override
    public Integer call() {
        return ui.start(file, false);
    }
}
