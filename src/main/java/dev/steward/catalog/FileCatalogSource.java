package dev.steward.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import dev.steward.app.CatalogImportException;
import dev.steward.app.CatalogIssue;
import dev.steward.app.CatalogSource;
import dev.steward.app.LoadedCatalogs;
import dev.steward.catalog.oscal.OscalExporter;
import dev.steward.catalog.oscal.OscalImporter;
import dev.steward.domain.Catalog;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The shipped catalogs plus the custom ones in the user data folder's {@code catalogs/}. Imports are
 * validated in full before anything is written and stored in Steward's JSON format, whatever came in.
 */
public final class FileCatalogSource implements CatalogSource, dev.steward.app.ObligationSource {

    private final Path customDir;
    private final Clock clock;
    private final CatalogLoader loader = new CatalogLoader();
    private volatile CatalogSet obligationSet;

    /** @param customDir where custom catalogs live, e.g. USER_DATA/catalogs (created on first import) */
    public FileCatalogSource(Path customDir, Clock clock) {
        this.customDir = customDir;
        this.clock = clock;
    }

    @Override
    public LoadedCatalogs load() {
        CatalogSet set = loader.loadShippedAnd(customDir);
        String prefix = customDir.toString();
        Set<String> custom = set.catalogs().stream().map(Catalog::id)
                .filter(id -> set.fileOf(id).filter(f -> f.startsWith(prefix)).isPresent()).collect(Collectors.toSet());
        return new LoadedCatalogs(set.catalogs(), set.crosswalks(), issues(set.problems()), custom);
    }

    /** Actor obligations of the shipped and custom catalogs (EU AI Act), read on first use. */
    @Override
    public List<dev.steward.app.Obligation> obligations(String catalogId) {
        CatalogSet s = obligationSet;
        if (s == null) {
            s = loader.loadShippedAnd(customDir);
            obligationSet = s;
        }
        return s.obligations(catalogId).stream().map(o -> new dev.steward.app.Obligation(o.catalogId(), o.ref(), o.article(),
                o.roles(), o.scope(), o.summary(), o.related(), o.appliesFrom(), o.appliesFromNote())).toList();
    }

    @Override
    public List<CatalogIssue> validate(Path dir) {
        return issues(new CatalogValidation(loader).validate(dir));
    }

    @Override
    public Catalog importCatalog(Path file) {
        Problems problems = new Problems(file.toString());
        JsonNode json = CatalogFiles.readBounded(file, problems).orElse(null);
        boolean oscal = json != null && json.has("catalog");
        if (oscal) {
            OscalImporter.Result r = new OscalImporter(file.toString()).read(json, idFromName(file));
            json = r.catalog();
            r.problems().forEach(p -> problems.add(p.jsonPointer(), p.message()));
        }
        if (json == null || !problems.isEmpty()) {
            throw refused(file, problems.list());
        }
        Problems checked = new Problems(oscal ? file + " (converted from OSCAL)" : file.toString());
        Catalog catalog = new CatalogReader().read(json, checked).map(CatalogReader.Read::catalog).orElse(null);
        if (catalog == null) {
            throw refused(file, checked.list());
        }
        if (loader.loadShipped().catalog(catalog.id()).isPresent()) {
            throw refused(file, List.of(new CatalogProblem(file.toString(), "/id", "'" + catalog.id()
                    + "' is the id of a catalog shipped with Steward; give your catalog its own id")));
        }
        try {
            CatalogFiles.writeAtomically(customDir.resolve(catalog.id() + ".json"), json);
        } catch (IOException e) {
            throw refused(file, List.of(new CatalogProblem(customDir.toString(), "", "cannot write: " + e.getMessage())));
        }
        return catalog;
    }

    @Override
    public void exportOscal(Catalog catalog, Path target) {
        try {
            CatalogFiles.writeAtomically(target, new OscalExporter().export(catalog, clock.instant()));
        } catch (IOException e) {
            throw new CatalogImportException("Cannot export " + catalog.id(),
                    List.of(new CatalogIssue(target.toString(), "", "cannot write: " + e.getMessage())));
        }
    }

    private static CatalogImportException refused(Path file, List<CatalogProblem> problems) {
        return new CatalogImportException("Not imported: " + file.getFileName() + " has " + problems.size()
                + " problem(s)", issues(problems));
    }

    /** "My Policy v2.json" gives "my-policy-v2": a valid id when an OSCAL file carries none. */
    static String idFromName(Path file) {
        String name = file.getFileName().toString().replaceFirst("(?i)\\.json$", "").toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9.-]+", "-").replaceAll("^[-.]+|-+$", "");
        return name.isEmpty() ? "custom-catalog" : name;
    }

    static List<CatalogIssue> issues(List<CatalogProblem> problems) {
        List<CatalogIssue> out = new ArrayList<>();
        problems.forEach(p -> out.add(new CatalogIssue(p.file(), p.jsonPointer(), p.message())));
        return out;
    }
}
