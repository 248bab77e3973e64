package dev.steward.domain;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Which version of a catalog a register's mappings were made against, with a snapshot of its clause
 * titles so a newer version can be compared with it later.
 *
 * @param clauseTitles ref to title of the adopted version, in document order; empty when not recorded
 */
public record CatalogAdoption(String catalogId, String version, Instant adoptedAt, String adoptedBy,
                              Map<String, String> clauseTitles) {

    public CatalogAdoption {
        Check.text(catalogId, "adoption catalogId");
        Check.text(version, "adoption version");
        Check.notNull(adoptedAt, "adoption adoptedAt");
        Check.text(adoptedBy, "adoption adoptedBy");
        clauseTitles = Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(clauseTitles, "clauseTitles")));
    }

    public static CatalogAdoption of(Catalog catalog, Instant at, String by) {
        return new CatalogAdoption(catalog.id(), catalog.version(), at, by, CatalogDiff.titles(catalog));
    }
}
