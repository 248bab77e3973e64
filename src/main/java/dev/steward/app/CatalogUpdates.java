package dev.steward.app;

import dev.steward.domain.Catalog;
import dev.steward.domain.CatalogAdoption;
import dev.steward.domain.CatalogDiff;
import dev.steward.domain.Clause;
import dev.steward.domain.Mapping;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Compares a register's adopted catalog versions with the app's catalogs, and adopts a version. */
public final class CatalogUpdates {

    private final CatalogAdoptionPort adoptions;
    private final Clock clock;

    public CatalogUpdates(CatalogAdoptionPort adoptions, Clock clock) {
        this.adoptions = adoptions;
        this.clock = clock;
    }

    public CatalogUpdate check(RegisterPort register, Catalog catalog) {
        Optional<CatalogAdoption> adopted = adoptions.adopted(register).stream()
                .filter(a -> a.catalogId().equals(catalog.id())).findFirst();
        return compare(catalog, adopted, register.all(EntityKinds.MAPPING));
    }

    public List<CatalogUpdate> checkAll(RegisterPort register, List<Catalog> catalogs) {
        Map<String, CatalogAdoption> byId = adoptions.adopted(register).stream()
                .collect(Collectors.toMap(CatalogAdoption::catalogId, Function.identity()));
        List<Mapping> mappings = register.all(EntityKinds.MAPPING);
        return catalogs.stream().map(c -> compare(c, Optional.ofNullable(byId.get(c.id())), mappings)).toList();
    }

    static CatalogUpdate compare(Catalog catalog, Optional<CatalogAdoption> adopted, List<Mapping> mappings) {
        CatalogDiff diff = adopted.filter(a -> !a.clauseTitles().isEmpty())
                .map(a -> CatalogDiff.between(catalog.id(), a.clauseTitles(), CatalogDiff.titles(catalog)))
                .orElseGet(() -> new CatalogDiff(catalog.id(), List.of(), List.of(), List.of()));
        Set<String> refs = catalog.clauses().stream().map(Clause::ref).collect(Collectors.toSet());
        return new CatalogUpdate(catalog, adopted, diff, diff.orphaned(mappings, refs));
    }

    /**
     * Adopts the version of every shipped catalog (not the user's imported ones): for a new demo
     * register, whose mappings were made against them.
     */
    public void adoptShipped(RegisterPort register, LoadedCatalogs loaded, Actor actor) {
        for (Catalog catalog : loaded.catalogs()) {
            if (!loaded.isCustom(catalog.id())) adopt(register, catalog, actor);
        }
    }

    /** Records that the register's mappings now follow this version of the catalog. */
    public CatalogAdoption adopt(RegisterPort register, Catalog catalog, Actor actor) {
        CatalogAdoption adoption = CatalogAdoption.of(catalog, clock.instant(), actor.describe());
        adoptions.adopt(register, adoption, actor.describe());
        return adoption;
    }
}
