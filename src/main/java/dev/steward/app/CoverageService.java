package dev.steward.app;

import dev.steward.domain.coverage.FrameworkCoverage;

import java.time.Clock;
import java.time.LocalDate;

/**
 * The one place coverage is computed for the app, the command line and the export:
 * {@code coverageService.snapshot(register).coverage("iso-iec-42001-2023")} gives a {@link FrameworkCoverage}
 * (per clause, per group, totals and percentages); the snapshot also gives the gap list, the ISO 42001
 * Statement of Applicability and each agent's EU AI Act obligations. Reads the register once per snapshot.
 */
public final class CoverageService {

    private final CatalogSource catalogs;
    private final ControlLibrary library;
    private final ObligationSource obligations;
    private final Clock clock;
    private volatile LoadedCatalogs loaded;

    public CoverageService(CatalogSource catalogs, ControlLibrary library, ObligationSource obligations, Clock clock) {
        this.catalogs = catalogs;
        this.library = library;
        this.obligations = obligations;
        this.clock = clock;
    }

    public CoverageSnapshot snapshot(RegisterPort r) {
        return new CoverageSnapshot(new CoverageSnapshot.Inputs(catalogs(), r.all(EntityKinds.CONTROL), r.all(EntityKinds.MAPPING),
                r.all(EntityKinds.APPLICABILITY), r.all(EntityKinds.EVIDENCE), r.all(EntityKinds.AGENT),
                r.all(EntityKinds.AI_ACT_CLASSIFICATION), r.all(EntityKinds.OBLIGATION), library.controls(),
                obligations.obligations(CoverageSnapshot.EU_AI_ACT), LocalDate.now(clock)));
    }

    /** Shorthand for one framework. */
    public FrameworkCoverage coverage(RegisterPort r, String frameworkId) {
        return snapshot(r).coverage(frameworkId);
    }

    /** Catalogs are loaded once; {@link #reloadCatalogs()} after an import. */
    public LoadedCatalogs catalogs() {
        LoadedCatalogs l = loaded;
        if (l == null) {
            l = catalogs.load();
            loaded = l;
        }
        return l;
    }

    public void reloadCatalogs() {
        loaded = null;
    }

    public ControlLibrary library() {
        return library;
    }
}
