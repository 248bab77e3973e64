package dev.steward.ui;

import dev.steward.app.Actor;
import dev.steward.app.ComplianceService;
import dev.steward.app.ControlService;
import dev.steward.app.CoverageService;
import dev.steward.app.EvidenceService;
import dev.steward.catalog.FileCatalogSource;
import dev.steward.catalog.JsonControlLibrary;
import dev.steward.ui.controls.ControlsServices;

import java.nio.file.Path;
import java.time.Clock;

/** The Controls and Coverage services over the shipped catalogs, for window and view-model tests. */
public final class SmokeServices {
    private SmokeServices() {
    }

    public static ControlsServices controls() {
        Clock clock = Clock.systemDefaultZone();
        FileCatalogSource catalogs = new FileCatalogSource(Path.of("target", "no-custom-catalogs"), clock);
        CoverageService coverage = new CoverageService(catalogs, new JsonControlLibrary(), catalogs, clock);
        Actor actor = new Actor("tester", null);
        return new ControlsServices(new ControlService(coverage.library()), coverage, new EvidenceService(clock, actor),
                new ComplianceService(clock, actor), clock);
    }
}
