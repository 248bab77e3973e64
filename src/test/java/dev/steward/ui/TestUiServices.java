package dev.steward.ui;

import dev.steward.app.Actor;
import dev.steward.app.CatalogUpdates;
import dev.steward.catalog.FileCatalogSource;
import dev.steward.store.JsonChangeDiff;
import dev.steward.store.SqliteCatalogAdoptions;
import dev.steward.ui.frameworks.FrameworksServices;

import java.nio.file.Path;
import java.time.Clock;

/** The services MainWindow needs, wired as the composition root does, for UI tests. */
public final class TestUiServices {
    private TestUiServices() {
    }

    public static UiServices create(Path dataFolder) {
        var catalogs = new FileCatalogSource(dataFolder.resolve("catalogs"), Clock.systemUTC());
        var frameworks = new FrameworksServices(catalogs, new CatalogUpdates(new SqliteCatalogAdoptions(), Clock.systemUTC()),
                new Actor("tester", null));
        return new UiServices(new JsonChangeDiff(), frameworks, TestRiskPorts.create(), new dev.steward.importing.InventoryFiles(),
                new dev.steward.app.pack.AuditPackService(new dev.steward.export.AuditPackFiles(), catalogs,
                        new dev.steward.app.CoverageService(catalogs, new dev.steward.catalog.JsonControlLibrary(), catalogs, Clock.systemUTC()),
                        Clock.systemUTC(), "test"),
                SmokeServices.controls(), new dev.steward.app.DisplaySettings(dataFolder));
    }
}
