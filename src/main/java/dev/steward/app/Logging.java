package dev.steward.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.FileHandler;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/**
 * Logging setup (java.util.logging, which slf4j routes to): warnings and errors only on the console,
 * where the CLI's results go to stdout; the desktop app also keeps a small rotating log file.
 *
 * <p>The desktop opens its log file only once the window is on screen (opening it costs the first
 * frame ≈ 20 ms on a two-core machine), so it first {@linkplain #keepUntilFile() keeps} what is logged
 * and writes that to the file, in order, when the file opens.
 */
public final class Logging {
    /** At most this many records wait for the file; a start-up that logs more is already in trouble. */
    static final int KEPT = 1_000;
    private static final ToFile TO_FILE = new ToFile();

    private Logging() {
    }

    public static void consoleWarningsOnly() {
        System.setProperty("java.util.logging.SimpleFormatter.format", "%1$tT %4$s %3$s - %5$s%6$s%n");
        Logger root = Logger.getLogger("");
        root.setLevel(Level.WARNING);
        for (Handler h : root.getHandlers()) h.setLevel(Level.WARNING);
    }

    /** From now on INFO and above are kept for the log file that {@link #alsoToFile} opens later. */
    public static void keepUntilFile() {
        Logger root = Logger.getLogger("");
        synchronized (TO_FILE) {
            if (TO_FILE.attached) return;
            TO_FILE.attached = true;
            TO_FILE.setLevel(Level.INFO);
            root.addHandler(TO_FILE);
        }
        root.setLevel(Level.INFO);
    }

    /**
     * Adds {@code steward-N.log} (1 MB, 3 files) in the data folder, first writing what was kept for it;
     * silently skipped if it cannot be written. Once only: later calls do nothing.
     */
    public static void alsoToFile(Path dataFolder) {
        keepUntilFile();
        synchronized (TO_FILE) {
            if (TO_FILE.file != null || TO_FILE.failed) return;
            try {
                Files.createDirectories(dataFolder);
                FileHandler file = new FileHandler(dataFolder.resolve("steward-%g.log").toString(), 1_000_000, 3, true);
                file.setFormatter(new SimpleFormatter());
                file.setLevel(Level.INFO);
                TO_FILE.open(file);
            } catch (IOException | RuntimeException e) {
                TO_FILE.failed = true; // a log file is a convenience; the app works without it
                TO_FILE.kept.clear();
            }
        }
    }

    /**
     * The root logger's one handler for the file: it keeps records until the file is open, then
     * writes them there. Being the only way to the file, a record can be neither lost nor written
     * twice however the opening races with other threads' logging.
     */
    static final class ToFile extends Handler {
        private final List<LogRecord> kept = new ArrayList<>();
        private Handler file;
        private boolean attached;
        private boolean failed;

        @Override
        public synchronized void publish(LogRecord record) {
            if (!isLoggable(record)) return;
            if (file != null) file.publish(record);
            else if (!failed && kept.size() < KEPT) kept.add(record);
        }

        synchronized void open(Handler opened) {
            kept.forEach(opened::publish);
            kept.clear();
            file = opened;
            opened.flush();
        }

        @Override
        public synchronized void flush() {
            if (file != null) file.flush();
        }

        @Override
        public synchronized void close() {
            if (file != null) file.close();
        }
    }
}
