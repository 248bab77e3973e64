package dev.steward;

import dev.steward.app.Actor;
import dev.steward.app.Logging;
import dev.steward.app.RecentFiles;
import dev.steward.app.RegisterService;
import dev.steward.app.UserDataFolder;
import dev.steward.catalog.JsonTemplates;
import dev.steward.cli.StewardCli;
import dev.steward.store.JsonChangeDiff;
import dev.steward.store.SqliteRegisterFiles;
import dev.steward.ui.DesktopLauncher;

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
        Logging.consoleWarningsOnly();
        String version = Launcher.class.getPackage().getImplementationVersion();
        Path dataFolder = UserDataFolder.resolve();
        RegisterService registers = new RegisterService(
                new SqliteRegisterFiles(Clock.systemUTC(), version == null ? "development" : version),
                new JsonTemplates(), Actor.fromEnvironment());
        DesktopLauncher desktop = new DesktopLauncher(registers, new RecentFiles(dataFolder), dataFolder,
                new JsonChangeDiff(), new dev.steward.importing.InventoryFiles());
        if (DesktopLauncher.wantsDesktop(args)) desktop.prestart();
        int code = StewardCli.run(registers, desktop, args);
        if (!desktop.started()) {
            System.exit(code);
        }
    }
}
