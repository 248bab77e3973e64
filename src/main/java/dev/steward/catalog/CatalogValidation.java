package dev.steward.catalog;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * {@code steward catalogs validate [DIR]}: the catalogs and crosswalks of DIR (else the shipped ones), and
 * the control library when DIR holds one or sits next to templates/ (as frameworks/ does in the repository).
 */
final class CatalogValidation {

    private final CatalogLoader loader;

    CatalogValidation(CatalogLoader loader) {
        this.loader = loader;
    }

    List<CatalogProblem> validate(Path dir) {
        if (dir == null) {
            CatalogSet shipped = loader.loadShipped();
            List<CatalogProblem> all = new ArrayList<>(shipped.problems());
            all.addAll(new ControlLibraryValidator(shipped).validateShipped());
            return all;
        }
        CatalogSet set = loader.loadDirectory(dir);
        List<CatalogProblem> all = new ArrayList<>(set.problems());
        controlLibrary(dir).ifPresent(lib -> all.addAll(new ControlLibraryValidator(set).validate(lib)));
        return all;
    }

    static Optional<Path> controlLibrary(Path dir) {
        Path parent = dir.toAbsolutePath().normalize().getParent();
        return Stream.of(dir.resolve("templates/controls.json"),
                        parent == null ? null : parent.resolve("templates/controls.json"))
                .filter(p -> p != null && Files.isRegularFile(p)).findFirst();
    }
}
