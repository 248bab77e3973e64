package dev.steward.ui;

import dev.steward.app.OpenedRegister;
import dev.steward.app.RecentFiles;
import dev.steward.app.RegisterService;
import dev.steward.app.UiStarter;
import javafx.application.Platform;
import javafx.stage.Stage;
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
    private final RegisterService registers;
    private final RecentFiles recent;
    private final Path dataFolder;
    /** The JavaFX toolkit, once started: one per JVM. */
    private static final CompletableFuture<Void> TOOLKIT = new CompletableFuture<>();
    private static final java.util.concurrent.atomic.AtomicBoolean TOOLKIT_STARTING = new java.util.concurrent.atomic.AtomicBoolean();
    private final UiServices services;
    private volatile boolean started;

    public DesktopLauncher(RegisterService registers, RecentFiles recent, Path dataFolder, UiServices services) {
        this.services = services;
        this.registers = registers;
        this.recent = recent;
        this.dataFolder = dataFolder;
    }

    @Override
    public int start(Path file, boolean exitAfterFirstFrame) {
        started = true;
        // Kept for the log file, which opens once the window is on screen (Logging), so that it also records how the open went.
        dev.steward.app.Logging.keepUntilFile();
        CompletableFuture<OpenedRegister> opening = CompletableFuture.supplyAsync(() -> registers.open(chooseFile(file)));
        prestart();
        TOOLKIT.whenComplete((ok, e) -> {
            if (e != null) {
                System.err.println("steward: cannot start the desktop: " + e.getMessage());
                System.exit(2);
            }
            Platform.runLater(() -> show(opening, exitAfterFirstFrame));
        });
        return 0;
    }

    /**
     * Starts the JavaFX toolkit on its own thread at once. The composition root calls this first
     * thing when the arguments ask for the desktop, before it builds any service, so the toolkit's
     * start-up (the largest part of the first frame) overlaps with everything else instead of following it.
     */
    public static void prestart() {
        if (!TOOLKIT_STARTING.compareAndSet(false, true)) return;
        Thread starter = new Thread(() -> {
            try {
                Platform.startup(() -> {
                    warmUpIcons();
                    TOOLKIT.complete(null);
                });
            } catch (RuntimeException | Error e) {
                TOOLKIT.completeExceptionally(e);
            }
        }, "javafx-startup");
        // Not a daemon: the FX threads inherit it, and the app must outlive main().
        starter.setDaemon(false);
        starter.start();
    }

    /**
     * The first Ikonli icon costs ≈0.35 s (its icon-pack handlers and font). Making one on a spare
     * core while the FX thread builds menus and the theme takes that off the first frame. Building a
     * node off the FX thread is allowed while it is not in a scene.
     */
    private static void warmUpIcons() {
        Thread warm = new Thread(() -> {
            try {
                for (Section s : Section.values()) new org.kordamp.ikonli.javafx.FontIcon(s.icon());
                for (var icon : MainWindow.TOP_BAR_ICONS) new org.kordamp.ikonli.javafx.FontIcon(icon);
            } catch (RuntimeException | LinkageError | java.util.ServiceConfigurationError ignored) {
                // only a warm-up: a real problem shows when the icon is used
            }
        }, "icon-warm-up");
        warm.setDaemon(true);
        warm.start();
    }

    /**
     * The register to open when the arguments are one of the plain desktop forms (none, FILE.steward,
     * open FILE, --exit-after-first-frame [FILE]): the composition root then starts the window
     * without building the whole command line, whose reflection costs a measured ~0.4 s here.
     * Anything else (options, other commands, mistakes) returns empty and goes through picocli.
     */
    public static java.util.Optional<DesktopArgs> plainDesktopArgs(String[] args) {
        if (args.length == 0) return java.util.Optional.of(new DesktopArgs(null, false));
        if (args.length == 1 && args[0].endsWith(".steward") && !args[0].startsWith("-")) {
            return java.util.Optional.of(new DesktopArgs(Path.of(args[0]), false));
        }
        if (args.length == 2 && args[0].equals("open") && !args[1].startsWith("-")) {
            return java.util.Optional.of(new DesktopArgs(Path.of(args[1]), false));
        }
        if (args[0].equals("--exit-after-first-frame") && args.length <= 2
                && (args.length == 1 || !args[1].startsWith("-"))) {
            return java.util.Optional.of(new DesktopArgs(args.length == 2 ? Path.of(args[1]) : null, true));
        }
        return java.util.Optional.empty();
    }

    /** What the plain desktop forms of the command line ask for. */
    public record DesktopArgs(Path file, boolean exitAfterFirstFrame) {
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
        Stage stage = new Stage();
        FxTaskRunner tasks = new FxTaskRunner();
        FxDialogService dialogs = new FxDialogService(() -> stage);
        Thread.setDefaultUncaughtExceptionHandler(new UncaughtErrors(dialogs, Platform::runLater));
        try {
            MainViewModel vm = new MainViewModel(registers, tasks, dialogs, recent, Platform::runLater);
            new MainWindow(vm, tasks, services).install(stage);
            FirstFrameProbe probe = exitAfterFirstFrame ? new FirstFrameProbe(stage.getScene()) : null;
            boolean ready = opening.isDone(); // asked once: it may complete at any moment on its own thread
            if (ready) deliver(opening, vm, dialogs, probe);
            stage.show();
            openLogFileAfterFirstFrame();
            if (probe != null) probe.start();
            if (!ready) opening.whenComplete((o, e) -> Platform.runLater(() -> deliver(opening, vm, dialogs, probe)));
        } catch (RuntimeException | Error e) { // an Error too: without the window the app exits anyway
            cannotShowWindow(e, exitAfterFirstFrame);
        }
    }

    /**
     * Without its window the app is of no use, and a process without one would linger unseen: say
     * why (on the console, and in a dialog when not probing) and exit with the start-up failure code.
     */
    private void cannotShowWindow(Throwable e, boolean exitAfterFirstFrame) {
        dev.steward.app.Logging.alsoToFile(dataFolder); // now: the message below points the user to it
        LoggerFactory.getLogger(DesktopLauncher.class).error("Cannot open the window", e);
        System.err.println("steward: cannot open the window: " + e);
        if (!exitAfterFirstFrame) {
            try {
                new FxDialogService(() -> null).showError("Steward cannot start",
                        "The main window could not be opened: " + e + "\n\nThe details are in "
                                + dataFolder.resolve("steward-0.log") + ".", e);
            } catch (RuntimeException | Error ignored) {
                // the console line above says it
            }
        }
        Platform.exit();
        System.exit(2);
    }

    /** The log file opens in the pulse after the first frame, on a thread of its own, with what was logged so far. */
    private void openLogFileAfterFirstFrame() {
        new javafx.animation.AnimationTimer() {
            private int ticks;

            @Override
            public void handle(long now) {
                if (++ticks < 2) return;
                stop();
                Thread open = new Thread(() -> dev.steward.app.Logging.alsoToFile(dataFolder), "log-file");
                open.setDaemon(true);
                open.start();
            }
        }.start();
    }

    private static void deliver(CompletableFuture<OpenedRegister> opening, MainViewModel vm, DialogService dialogs,
                                FirstFrameProbe probe) {
        try {
            vm.show(opening.join());
            if (probe != null) probe.registerShown();
        } catch (RuntimeException e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            LoggerFactory.getLogger(DesktopLauncher.class).warn("Could not open the register: {}", cause.getMessage());
            if (probe != null) {
                System.err.println("steward: " + cause.getMessage());
                Platform.exit();
                System.exit(2); // the probe measured nothing: a bench must not take it for a run
                return;
            }
            dialogs.showError("Cannot open the register", cause.getMessage(), cause);
        }
    }
}
