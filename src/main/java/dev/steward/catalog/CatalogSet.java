package dev.steward.catalog;

import dev.steward.domain.Catalog;
import dev.steward.domain.Crosswalk;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** What a load produced: the valid catalogs and crosswalks, plus every problem found in the others. */
public final class CatalogSet {

    private final Map<String, Catalog> catalogs;
    private final Map<String, Crosswalk> crosswalks;
    private final List<ActorObligation> obligations;
    private final List<ApplicationDate> applicationDates;
    private final List<CatalogProblem> problems;
    private final Map<String, String> fileOf;

    CatalogSet(List<Catalog> catalogs, List<Crosswalk> crosswalks, List<ActorObligation> obligations,
               List<ApplicationDate> applicationDates, List<CatalogProblem> problems) {
        this(catalogs, crosswalks, obligations, applicationDates, problems, Map.of());
    }

    CatalogSet(List<Catalog> catalogs, List<Crosswalk> crosswalks, List<ActorObligation> obligations,
               List<ApplicationDate> applicationDates, List<CatalogProblem> problems, Map<String, String> fileOf) {
        this.fileOf = Map.copyOf(fileOf);
        this.catalogs = index(catalogs, Catalog::id);
        this.crosswalks = index(crosswalks, Crosswalk::id);
        this.obligations = List.copyOf(obligations);
        this.applicationDates = List.copyOf(applicationDates);
        this.problems = List.copyOf(problems);
    }

    /** Catalogs in load order (the index order for shipped ones). */
    public List<Catalog> catalogs() {
        return List.copyOf(catalogs.values());
    }

    public Optional<Catalog> catalog(String id) {
        return Optional.ofNullable(catalogs.get(id));
    }

    public List<Crosswalk> crosswalks() {
        return List.copyOf(crosswalks.values());
    }

    public Optional<Crosswalk> crosswalk(String id) {
        return Optional.ofNullable(crosswalks.get(id));
    }

    /** Obligations by actor role of one regulation catalog (EU AI Act); empty for other catalogs. */
    public List<ActorObligation> obligations(String catalogId) {
        return obligations.stream().filter(o -> o.catalogId().equals(catalogId)).toList();
    }

    public List<ApplicationDate> applicationDates(String catalogId) {
        return applicationDates.stream().filter(d -> d.catalogId().equals(catalogId)).toList();
    }

    /** Every problem found, in file order; empty when everything loaded. */
    public List<CatalogProblem> problems() {
        return problems;
    }

    /** The file (or classpath resource) a catalog was read from, as problems name it. */
    public Optional<String> fileOf(String catalogId) {
        return Optional.ofNullable(fileOf.get(catalogId));
    }

    public boolean isValid() {
        return problems.isEmpty();
    }

    private static <T> Map<String, T> index(List<T> items, Function<T, String> key) {
        return items.stream().collect(Collectors.toMap(key, Function.identity(), (a, b) -> a,
                java.util.LinkedHashMap::new));
    }
}
