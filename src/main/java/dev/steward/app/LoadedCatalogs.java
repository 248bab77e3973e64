package dev.steward.app;

import dev.steward.domain.Catalog;
import dev.steward.domain.Crosswalk;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The catalogs the app works with: the valid shipped and custom ones, the crosswalks, and every problem
 * found in files that were skipped (the app starts with the valid ones and shows the problems).
 *
 * @param customIds ids of the catalogs the user imported (the others are shipped)
 */
public record LoadedCatalogs(List<Catalog> catalogs, List<Crosswalk> crosswalks, List<CatalogIssue> problems,
                             Set<String> customIds) {

    public LoadedCatalogs {
        catalogs = List.copyOf(catalogs);
        crosswalks = List.copyOf(crosswalks);
        problems = List.copyOf(problems);
        customIds = Set.copyOf(customIds);
    }

    public Optional<Catalog> catalog(String id) {
        return catalogs.stream().filter(c -> c.id().equals(id)).findFirst();
    }

    public boolean isCustom(String id) {
        return customIds.contains(id);
    }
}
