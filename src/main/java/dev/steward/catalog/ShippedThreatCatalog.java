package dev.steward.catalog;

import dev.steward.app.Threat;
import dev.steward.app.ThreatCatalog;
import dev.steward.domain.Catalog;
import dev.steward.domain.Clause;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The threat catalogs from the shipped frameworks, loaded on first use. Only clauses that name a
 * threat are citable: ATLAS tactics and mitigations are left out, its techniques and sub-techniques kept.
 */
public final class ShippedThreatCatalog implements ThreatCatalog {
    private static final Set<String> THREAT_KINDS = Set.of("threat", "entry", "technique", "sub-technique", "risk");

    private final CatalogLoader loader;
    private volatile List<Threat> threats;

    public ShippedThreatCatalog(CatalogLoader loader) {
        this.loader = loader;
    }

    @Override
    public List<Threat> threats() {
        List<Threat> loaded = threats;
        if (loaded == null) {
            synchronized (this) {
                if (threats == null) threats = load();
                loaded = threats;
            }
        }
        return loaded;
    }

    private List<Threat> load() {
        CatalogSet set = loader.loadShipped();
        List<Threat> out = new ArrayList<>();
        for (String id : CATALOG_IDS) {
            Catalog catalog = set.catalog(id).orElseThrow(() -> new IllegalStateException("the threat catalog " + id
                    + " is missing from the application's frameworks"));
            for (Clause c : catalog.clauses()) {
                if (THREAT_KINDS.contains(c.kind())) out.add(new Threat(id, catalog.name(), c.ref(), c.title()));
            }
        }
        return List.copyOf(out);
    }
}
