package dev.steward.store;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Starts a main class of the test classpath in a separate JVM, the way a second Steward would run. */
final class ChildJvm {
    private ChildJvm() {
    }

    static Process start(Class<?> main, String... args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx128m");
        command.add("-XX:TieredStopAtLevel=1");
        // One copy of SQLite's native library for every child: a killed child would otherwise leave
        // its own 1.1 MB copy in the temp folder (the driver cleans up only after a normal exit).
        SqliteNativeLibrary.useCopyIn(Path.of(System.getProperty("java.io.tmpdir"), "steward-test-native"));
        for (String key : List.of("org.sqlite.lib.path", "org.sqlite.lib.name")) {
            if (System.getProperty(key) != null) command.add("-D" + key + "=" + System.getProperty(key));
        }
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(main.getName());
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.appendTo(new java.io.File(System.getProperty("java.io.tmpdir"), "steward-child-stderr.log"))).start();
    }

    static BufferedReader output(Process p) {
        return new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
    }
}
