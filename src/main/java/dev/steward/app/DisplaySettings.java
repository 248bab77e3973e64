package dev.steward.app;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Properties;

/**
 * The user's display choices (for now the dark theme), kept in {@code settings.properties} in the
 * data folder. A missing or damaged file means the defaults: a preference is never a reason not to start.
 * The file is read once, when this is made (in the composition root, off the FX thread).
 */
public final class DisplaySettings {
    private static final String DARK = "theme.dark";
    private final Path file;
    private volatile boolean dark;

    public DisplaySettings(Path dataFolder) {
        this.file = dataFolder.resolve("settings.properties");
        this.dark = Boolean.parseBoolean(read().getProperty(DARK, "false"));
    }

    public boolean darkTheme() {
        return dark;
    }

    /** Writes the file: call it off the FX thread. */
    public void setDarkTheme(boolean dark) {
        this.dark = dark;
        Properties p = read();
        p.setProperty(DARK, Boolean.toString(dark));
        try {
            Files.createDirectories(file.getParent());
            Path temp = file.resolveSibling(file.getFileName() + ".tmp");
            try (Writer w = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
                p.store(w, "Steward display settings");
            }
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException ignored) {
            // the choice still applies to this session
        }
    }

    private Properties read() {
        Properties p = new Properties();
        if (!Files.isRegularFile(file)) return p;
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
        } catch (IOException | RuntimeException e) {
            return new Properties();
        }
        return p;
    }
}
