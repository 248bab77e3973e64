package dev.steward.ui;

import atlantafx.base.theme.PrimerLight;
import dev.steward.app.ChangeDiff;
import dev.steward.app.OpenedRegister;
import dev.steward.app.RecentFiles;
import dev.steward.app.RegisterService;
import dev.steward.app.UiStarter;
import dev.steward.ui.frameworks.FrameworksServices;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;

/**
 * Starts the desktop app. The register is opened on a background thread while the JavaFX toolkit
 * starts, so on a small machine the two overlap instead of adding up; the window shows the
 * register in its first frame when it is ready by then, else a moment later.
 */
public final class DesktopLauncher implements UiStarter {
    private static final Logger LOG = LoggerFactory.getLogger(DesktopLauncher.class);

    private final RegisterService registers;
    private final RecentFiles recent;
    private final Path dataFolder;
    private final ChangeDiff diff;
    private final FrameworksServices frameworks;
    private volatile boolean started;

    public DesktopLauncher(RegisterService registers, RecentFiles recent, Path dataFolder, ChangeDiff diff,
                           FrameworksServices frameworks) {
        this.frameworks = frameworks;
        this.registers = registers;
        this.recent = recent;
        this.dataFolder = dataFolder;
        this.diff = diff;
    }

    @Override
    public int start(Path file, boolean exitAfterFirstFrame) {
        started = true;
        CompletableFuture<OpenedRegister> opening = CompletableFuture.supplyAsync(() -> registers.open(chooseFile(file)));
        Platform.startup(() -> show(opening, exitAfterFirstFrame));
        return 0;
    }

    public boolean started() {
        return started;
    }

    /** The file given, else the most recent one that still exists, else the demo register (written on first start). */
    private Path chooseFile(Path given) {
        if (given != null) return given;
        return recent.list().stream().filter(Files::isRegularFile).findFirst()
                .orElseGet(() -> registers.ensureDemo(dataFolder));
    }

    private void show(CompletableFuture<OpenedRegister> opening, boolean exitAfterFirstFrame) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        Stage stage = new Stage();
        FxTaskRunner tasks = new FxTaskRunner();
        FxDialogService dialogs = new FxDialogService(() -> stage);
        MainViewModel vm = new MainViewModel(registers, tasks, dialogs, recent, Platform::runLater);
        Thread.setDefaultUncaughtExceptionHandler((thread, e) -> {
            LOG.error("Unexpected error on {}", thread.getName(), e);
            Platform.runLater(() -> dialogs.showError("Something went wrong", String.valueOf(e.getMessage()), e));
        });
        MainWindow window = new MainWindow(vm, tasks, diff, frameworks);
        window.install(stage);
        FirstFrameProbe probe = exitAfterFirstFrame ? new FirstFrameProbe(stage.getScene()) : null;
        if (opening.isDone()) {
            deliver(opening, vm, dialogs, probe);
        }
        stage.show();
        if (probe != null) probe.start();
        if (!opening.isDone()) {
            opening.whenComplete((o, e) -> Platform.runLater(() -> deliver(opening, vm, dialogs, probe)));
        }
    }

    private static void deliver(CompletableFuture<OpenedRegister> opening, MainViewModel vm, DialogService dialogs,
                                FirstFrameProbe probe) {
        try {
            vm.show(opening.join());
            if (probe != null) probe.registerShown();
        } catch (RuntimeException e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            LOG.warn("Could not open the register: {}", cause.getMessage());
            if (probe != null) {
                System.err.println("steward: " + cause.getMessage());
                Platform.exit();
                return;
            }
            dialogs.showError("Cannot open the register", cause.getMessage(), cause);
        }
    }
}
