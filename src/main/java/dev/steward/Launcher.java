package dev.steward;

import dev.steward.app.Actor;
import dev.steward.app.Logging;
import dev.steward.app.CatalogUpdates;
import dev.steward.app.RecentFiles;
import dev.steward.app.RegisterService;
import dev.steward.app.UserDataFolder;
import dev.steward.catalog.FileCatalogSource;
import dev.steward.catalog.JsonTemplates;
import dev.steward.cli.CliServices;
import dev.steward.cli.StewardCli;
import dev.steward.app.pack.AuditPackService;
import dev.steward.export.AuditPackFiles;
import dev.steward.store.JsonChangeDiff;
import dev.steward.store.SqliteCatalogAdoptions;
import dev.steward.store.SqliteRegisterFiles;
import dev.steward.ui.DesktopLauncher;
import dev.steward.ui.UiServices;
import dev.steward.ui.frameworks.FrameworksServices;

import java.nio.file.Path;
import java.time.Clock;

/**
 * The composition root: builds the object graph by hand, then hands the arguments to the CLI,
 * which either runs a headless command or starts the desktop app. Not a JavaFX Application, so
 * the jar runs with JavaFX on the plain classpath.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        var plain = DesktopLauncher.plainDesktopArgs(args);
        if (plain.isPresent()) DesktopLauncher.prestart(); // before anything else: it is most of the first frame
        Logging.consoleWarningsOnly();
        String version = Launcher.class.getPackage().getImplementationVersion();
        Path dataFolder = UserDataFolder.resolve();
        dev.steward.store.SqliteNativeLibrary.useCopyIn(dataFolder);
        FileCatalogSource catalogs = new FileCatalogSource(dataFolder.resolve("catalogs"), Clock.systemUTC());
        CatalogUpdates updates = new CatalogUpdates(new SqliteCatalogAdoptions(), Clock.systemUTC());
        Actor actor = Actor.fromEnvironment();
        RegisterService registers = new RegisterService(
                new SqliteRegisterFiles(Clock.systemUTC(), version == null ? "development" : version),
                new JsonTemplates(), actor, register -> updates.adoptShipped(register, catalogs.load(), actor));
        var threats = new dev.steward.catalog.ShippedThreatCatalog(new dev.steward.catalog.CatalogLoader());
        var riskPorts = new dev.steward.app.RiskPorts(threats, new dev.steward.catalog.JsonRiskLibrary(threats),
                Clock.systemDefaultZone());
        var coverage = new dev.steward.app.CoverageService(catalogs, new dev.steward.catalog.JsonControlLibrary(), catalogs,
                Clock.systemDefaultZone());
        var controls = new dev.steward.ui.controls.ControlsServices(new dev.steward.app.ControlService(coverage.library()),
                coverage, new dev.steward.app.EvidenceService(Clock.systemUTC(), registers.actor()),
                new dev.steward.app.ComplianceService(Clock.systemDefaultZone(), registers.actor()), Clock.systemDefaultZone());
        var packs = new AuditPackService(new AuditPackFiles(), catalogs, coverage, Clock.systemUTC(), version == null ? "development" : version);
        var ui = new UiServices(new JsonChangeDiff(), new FrameworksServices(catalogs, updates, registers.actor()), riskPorts,
                new dev.steward.importing.InventoryFiles(), packs, controls, new dev.steward.app.DisplaySettings(dataFolder));
        DesktopLauncher desktop = new DesktopLauncher(registers, new RecentFiles(dataFolder), dataFolder, ui);
        if (plain.isPresent()) {
            desktop.start(plain.get().file(), plain.get().exitAfterFirstFrame());
            return;
        }
        int code = StewardCli.run(new CliServices(registers, desktop, catalogs, packs), args);
        if (!desktop.started()) {
            System.exit(code);
        }
    }
}
