package dev.steward.app;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/** The most recently opened registers, newest first, kept as one path per line in the data folder. */
public final class RecentFiles {
    private static final int LIMIT = 8;
    private final Path store;

    public RecentFiles(Path dataFolder) {
        this.store = dataFolder.resolve("recent-files.txt");
    }

    public List<Path> list() {
        if (!Files.isRegularFile(store)) return List.of();
        try {
            List<Path> paths = new ArrayList<>();
            for (String line : Files.readAllLines(store, StandardCharsets.UTF_8)) {
                if (!line.isBlank()) paths.add(Path.of(line.strip()));
            }
            return paths;
        } catch (IOException | RuntimeException e) {
            return List.of(); // a damaged list is only a convenience lost, never a reason not to start
        }
    }

    public void remember(Path file) {
        LinkedHashSet<String> lines = new LinkedHashSet<>();
        lines.add(file.toAbsolutePath().normalize().toString());
        for (Path p : list()) lines.add(p.toString());
        List<String> kept = lines.stream().limit(LIMIT).toList();
        try {
            Files.createDirectories(store.getParent());
            Path temp = store.resolveSibling(store.getFileName() + ".tmp");
            Files.write(temp, kept, StandardCharsets.UTF_8);
            Files.move(temp, store, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException ignored) {
            // not remembering a recent file is not worth interrupting the user for
        }
    }
}
