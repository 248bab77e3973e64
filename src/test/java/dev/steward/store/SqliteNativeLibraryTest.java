package dev.steward.store;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The driver's native library is copied once into the data folder and the driver pointed at it. */
class SqliteNativeLibraryTest {
    @TempDir
    Path data;
    private String path;
    private String name;

    @BeforeEach
    void saveProperties() {
        path = System.getProperty("org.sqlite.lib.path");
        name = System.getProperty("org.sqlite.lib.name");
        System.clearProperty("org.sqlite.lib.path");
        System.clearProperty("org.sqlite.lib.name");
    }

    @AfterEach
    void restoreProperties() {
        restore("org.sqlite.lib.path", path);
        restore("org.sqlite.lib.name", name);
    }

    @Test
    void copiesTheLibraryOnceWholeAndPointsTheDriverAtIt() throws IOException {
        SqliteNativeLibrary.useCopyIn(data);
        Path folder = Path.of(System.getProperty("org.sqlite.lib.path"));
        Path library = folder.resolve(System.getProperty("org.sqlite.lib.name"));
        assertThat(folder).startsWith(data.resolve("native"));
        assertThat(folder.getFileName().toString()).startsWith("sqlite-jdbc-" + org.sqlite.SQLiteJDBCLoader.getVersion());
        assertThat(Files.size(library)).as("the whole library, as in the jar").isGreaterThan(100_000);
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files).as("no partial copy left behind").containsExactly(library);
        }
        long written = Files.getLastModifiedTime(library).toMillis();

        System.clearProperty("org.sqlite.lib.path");
        SqliteNativeLibrary.useCopyIn(data);
        assertThat(Files.getLastModifiedTime(library).toMillis()).as("the second start reuses the copy").isEqualTo(written);
        assertThat(System.getProperty("org.sqlite.lib.path")).isEqualTo(folder.toString());
    }

    @Test
    void aLibraryPathSetByTheLauncherIsLeftAlone() {
        System.setProperty("org.sqlite.lib.path", "/opt/elsewhere");
        SqliteNativeLibrary.useCopyIn(data);
        assertThat(System.getProperty("org.sqlite.lib.path")).isEqualTo("/opt/elsewhere");
        assertThat(data.resolve("native")).doesNotExist();
    }

    private static void restore(String key, String value) {
        if (value == null) System.clearProperty(key);
        else System.setProperty(key, value);
    }
}
