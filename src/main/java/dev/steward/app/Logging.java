package dev.steward.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.FileHandler;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/**
 * Logging setup (java.util.logging, which slf4j routes to): warnings and errors only on the console,
 * where the CLI's results go to stdout; the desktop app also keeps a small rotating log file.
 */
public final class Logging {
    private Logging() {
    }

    public static void consoleWarningsOnly() {
        System.setProperty("java.util.logging.SimpleFormatter.format", "%1$tT %4$s %3$s - %5$s%6$s%n");
        Logger root = Logger.getLogger("");
        root.setLevel(Level.WARNING);
        for (Handler h : root.getHandlers()) h.setLevel(Level.WARNING);
    }

    /** Adds {@code steward-N.log} (1 MB, 3 files) in the data folder; silently skipped if it cannot be written. */
    public static void alsoToFile(Path dataFolder) {
        try {
            Files.createDirectories(dataFolder);
            FileHandler file = new FileHandler(dataFolder.resolve("steward-%g.log").toString(), 1_000_000, 3, true);
            file.setFormatter(new SimpleFormatter());
            file.setLevel(Level.INFO);
            Logger root = Logger.getLogger("");
            root.setLevel(Level.INFO);
            root.addHandler(file);
        } catch (IOException | RuntimeException e) {
            // a log file is a convenience; the app works without it
        }
    }
}
