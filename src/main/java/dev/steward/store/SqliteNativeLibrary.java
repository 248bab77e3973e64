package dev.steward.store;

import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteJDBCLoader;
import org.sqlite.util.LibraryLoaderUtil;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;

/**
 * Keeps one copy of sqlite-jdbc's native library in Steward's data folder and points the driver at
 * it. Left alone, the driver writes its 1.1 MB library to the temp folder under a new name on every
 * start and compares it byte by byte with the one in the jar: ≈ 0.1 s of a two-core machine's
 * start-up (measured with bench/startup.sh-style runs, docs/performance.md).
 *
 * <p>The copy is made once per driver version, OS and architecture, written to a temporary file and
 * moved into place, so a half-written library is never used. Should it still fail to load, the
 * driver falls back to its own extraction; any problem here only costs that time.
 */
public final class SqliteNativeLibrary {

    private SqliteNativeLibrary() {
    }

    /** Before the first connection: uses (and if need be makes) the copy under {@code dataFolder}. */
    public static void useCopyIn(Path dataFolder) {
        if (System.getProperty("org.sqlite.lib.path") != null) return; // set by whoever launched us: theirs wins
        try {
            String name = System.mapLibraryName("sqlitejdbc");
            Path folder = dataFolder.resolve("native").resolve(String.join("-", "sqlite-jdbc", SQLiteJDBCLoader.getVersion(),
                    System.getProperty("os.name").toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", ""),
                    System.getProperty("os.arch").toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]", "")));
            Path library = folder.resolve(name);
            if (!Files.isRegularFile(library) && !extract(folder, library)) return;
            System.setProperty("org.sqlite.lib.path", folder.toString());
            System.setProperty("org.sqlite.lib.name", name);
        } catch (IOException | RuntimeException e) {
            LoggerFactory.getLogger(SqliteNativeLibrary.class).debug("Using sqlite-jdbc's own extraction: {}", e.toString());
        }
    }

    private static boolean extract(Path folder, Path library) throws IOException {
        String resource = LibraryLoaderUtil.getNativeLibResourcePath() + "/" + LibraryLoaderUtil.getNativeLibName();
        try (InputStream in = SQLiteJDBCLoader.class.getResourceAsStream(resource)) {
            if (in == null) return false; // no bundled library for this platform: the driver decides
            Files.createDirectories(folder);
            Path part = Files.createTempFile(folder, library.getFileName().toString(), ".part");
            try {
                Files.copy(in, part, StandardCopyOption.REPLACE_EXISTING);
                Files.move(part, library, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } finally {
                Files.deleteIfExists(part);
            }
            return true;
        }
    }
}
