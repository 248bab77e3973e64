package dev.steward.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import dev.steward.domain.Catalog;
import dev.steward.domain.Crosswalk;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Loads framework catalogs and crosswalks, validating them. Invalid files are reported and skipped;
 * the valid ones still load. Crosswalks are read after all catalogs, so they can name any of them.
 */
public final class CatalogLoader {

    /** The index of shipped files, a classpath resource packaged from frameworks/index.json. */
    public static final String SHIPPED_INDEX = "/frameworks/index.json";
    static final String INDEX = "index.json";
    static final String CROSSWALKS = "crosswalks";

    /** Loads the catalogs shipped in the jar, as listed in {@value #SHIPPED_INDEX}. */
    public CatalogSet loadShipped() {
        return loadShippedAnd(null);
    }

    /**
     * The shipped catalogs plus the custom ones in {@code customDir} (its *.json and crosswalks/*.json),
     * read as one set so custom crosswalks may name shipped catalogs; null or a missing folder adds none.
     * A custom catalog reusing a shipped id is reported and skipped.
     */
    public CatalogSet loadShippedAnd(Path customDir) {
        Problems indexProblems = new Problems("frameworks/" + INDEX);
        var index = new JsonSource("frameworks/" + INDEX, () -> CatalogLoader.class.getResourceAsStream(SHIPPED_INDEX))
                .read(indexProblems);
        List<JsonSource> catalogs = new ArrayList<>();
        List<JsonSource> crosswalks = new ArrayList<>();
        if (index.isPresent()) {
            catalogs.addAll(resources(index.get(), "catalogs", indexProblems));
            crosswalks.addAll(resources(index.get(), "crosswalks", indexProblems));
        }
        if (customDir != null && Files.isDirectory(customDir)) {
            catalogs.addAll(catalogFiles(customDir));
            crosswalks.addAll(crosswalkFiles(customDir));
        }
        return load(catalogs, crosswalks, indexProblems.list());
    }

    /**
     * Loads every {@code *.json} in {@code dir} (except index.json) as a catalog and every
     * {@code crosswalks/*.json} as a crosswalk. Problems name files as {@code dir.resolve(relative path)}.
     */
    public CatalogSet loadDirectory(Path dir) {
        if (!Files.isDirectory(dir)) {
            return new CatalogSet(List.of(), List.of(), List.of(), List.of(),
                    List.of(new CatalogProblem(dir.toString(), "", "not a directory")));
        }
        return load(catalogFiles(dir), crosswalkFiles(dir), List.of());
    }

    private static List<JsonSource> catalogFiles(Path dir) {
        return jsonFiles(dir).stream().filter(p -> !p.getFileName().toString().equals(INDEX))
                .map(CatalogLoader::fileSource).toList();
    }

    private static List<JsonSource> crosswalkFiles(Path dir) {
        Path cw = dir.resolve(CROSSWALKS);
        return Files.isDirectory(cw) ? jsonFiles(cw).stream().map(CatalogLoader::fileSource).toList() : List.of();
    }

    /** The problems of a directory, for {@code steward catalogs validate DIR}; empty when all are valid. */
    public List<CatalogProblem> validate(Path dir) {
        return loadDirectory(dir).problems();
    }

    private CatalogSet load(List<JsonSource> catalogSources, List<JsonSource> crosswalkSources,
                            List<CatalogProblem> earlier) {
        List<CatalogProblem> problems = new ArrayList<>(earlier);
        Map<String, Catalog> catalogs = new LinkedHashMap<>();
        Map<String, String> fileOf = new LinkedHashMap<>();
        List<ActorObligation> obligations = new ArrayList<>();
        List<ApplicationDate> dates = new ArrayList<>();
        CatalogReader reader = new CatalogReader();
        for (JsonSource source : catalogSources) {
            Problems p = new Problems(source.label());
            source.read(p).flatMap(json -> reader.read(json, p)).ifPresent(read -> {
                String id = read.catalog().id();
                if (catalogs.containsKey(id)) {
                    p.add("/id", "duplicate catalog id '" + id + "' (also in " + fileOf.get(id) + ")");
                    return;
                }
                catalogs.put(id, read.catalog());
                fileOf.put(id, source.label());
                obligations.addAll(read.obligations());
                dates.addAll(read.applicationDates());
            });
            problems.addAll(p.list());
        }
        List<Crosswalk> crosswalks = new ArrayList<>();
        CrosswalkReader cwReader = new CrosswalkReader(catalogs);
        for (JsonSource source : crosswalkSources) {
            Problems p = new Problems(source.label());
            source.read(p).flatMap(json -> cwReader.read(json, p)).ifPresent(cw -> {
                if (crosswalks.stream().anyMatch(c -> c.id().equals(cw.id()))) {
                    p.add("/id", "duplicate crosswalk id '" + cw.id() + "'");
                } else {
                    crosswalks.add(cw);
                }
            });
            problems.addAll(p.list());
        }
        return new CatalogSet(List.copyOf(catalogs.values()), crosswalks, obligations, dates, problems, fileOf);
    }

    private static List<JsonSource> resources(JsonNode index, String field, Problems problems) {
        List<String> names = Fields.strings(index, field, "", problems);
        return names.stream().map(n -> new JsonSource("frameworks/" + n,
                () -> CatalogLoader.class.getResourceAsStream("/frameworks/" + n))).toList();
    }

    private static JsonSource fileSource(Path p) {
        return new JsonSource(p.toString(), () -> Files.newInputStream(p));
    }

    private static List<Path> jsonFiles(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(Files::isRegularFile).filter(p -> p.getFileName().toString().endsWith(".json"))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
    }
}
