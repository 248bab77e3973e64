package dev.steward.ui;

import dev.steward.app.Actor;
import dev.steward.app.RecentFiles;
import dev.steward.app.RegisterService;
import dev.steward.catalog.JsonTemplates;
import dev.steward.store.SqliteRegisterFiles;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

/** The main window on a register, put together as DesktopLauncher does, for the TestFX tests. */
public record TestWindow(MainViewModel vm, FxTaskRunner tasks) {

    /** Registers as the tests' user, Zoë Łukasiewicz, edits them. */
    public static RegisterService registers() {
        return new RegisterService(new SqliteRegisterFiles(Clock.systemUTC(), "test"), new JsonTemplates(),
                new Actor("tester", "Zoë Łukasiewicz"));
    }

    /** Shows the window on {@code stage} in {@code section} and opens {@code file} in it (on a worker thread, as the app does). */
    public static TestWindow open(Stage stage, Path dataFolder, RegisterService registers, Path file, DialogService dialogs,
                                  Section section) {
        FxTaskRunner tasks = new FxTaskRunner();
        MainViewModel vm = new MainViewModel(registers, tasks, dialogs, new RecentFiles(dataFolder), Platform::runLater);
        vm.sectionProperty().set(section);
        MainWindow window = new MainWindow(vm, tasks, TestUiServices.create(dataFolder));
        window.install(stage);
        stage.show();
        vm.open(file);
        return new TestWindow(vm, tasks);
    }

    /** A fresh copy of the demo register in {@code dataFolder}, shown in {@code section}. */
    public static TestWindow openDemo(Stage stage, Path dataFolder, DialogService dialogs, Section section) {
        RegisterService registers = registers();
        Path file = dataFolder.resolve("demo-" + System.nanoTime() + ".steward");
        registers.writeDemo(file);
        return open(stage, dataFolder, registers, file, dialogs, section);
    }

    /** Waits (at most 20 s, processing FX events) until {@code condition} holds. */
    public static void waitUntil(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> {
            WaitForAsyncUtils.waitForFxEvents();
            return condition.call();
        });
    }
}
