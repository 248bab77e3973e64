package dev.steward.app;

import java.nio.file.Path;

/**
 * Where Steward keeps the demo register, its recent-files list, accepted catalogs, its log and a
 * copy of SQLite's native library: the platform's per-user data folder, or
 * {@code -Dsteward.home=DIR} (tests and portable installs).
 */
public final class UserDataFolder {

    private UserDataFolder() {
    }

    public static Path resolve() {
        String override = System.getProperty("steward.home");
        if (override != null && !override.isBlank()) return Path.of(override);
        String os = System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT);
        Path home = Path.of(System.getProperty("user.home"));
        if (os.contains("win")) {
            String appData = System.getenv("APPDATA");
            return appData != null ? Path.of(appData, "Steward") : home.resolve("AppData/Roaming/Steward");
        }
        if (os.contains("mac")) return home.resolve("Library/Application Support/Steward");
        String xdg = System.getenv("XDG_DATA_HOME");
        return (xdg != null && !xdg.isBlank() ? Path.of(xdg) : home.resolve(".local/share")).resolve("steward");
    }
}
