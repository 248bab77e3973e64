package dev.steward.catalog;

import dev.steward.app.Obligation;
import dev.steward.app.ObligationSource;

import java.nio.file.Path;
import java.util.List;

/** Actor obligations of the shipped and custom catalogs, read once on first use. */
public final class FileObligationSource implements ObligationSource {

    private final Path customDir;
    private volatile CatalogSet set;

    public FileObligationSource(Path customDir) {
        this.customDir = customDir;
    }

    @Override
    public List<Obligation> obligations(String catalogId) {
        CatalogSet s = set;
        if (s == null) {
            s = new CatalogLoader().loadShippedAnd(customDir);
            set = s;
        }
        return s.obligations(catalogId).stream().map(o -> new Obligation(o.catalogId(), o.ref(), o.article(), o.roles(),
                o.scope(), o.summary(), o.related(), o.appliesFrom(), o.appliesFromNote())).toList();
    }
}
