package dev.steward.app;

import java.nio.file.Path;

/** Starts the desktop app; a port: the CLI calls it, the UI implements it, so neither depends on the other. */
@FunctionalInterface
public interface UiStarter {
    /** @param file the register to open, or null for the last one (else the demo) */
    int start(Path file, boolean exitAfterFirstFrame);
}
