package dev.steward.ui;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;

import java.nio.file.Path;

/**
 * The set-up the window tests share: before each test, the main window on a fresh copy of the demo
 * register, on the dashboard, with dialogs recorded. Subclasses wait for {@code vm}'s register and drive the window.
 */
@ExtendWith(ApplicationExtension.class)
public abstract class DemoWindowTest {
    @TempDir
    protected static Path dir;

    protected MainViewModel vm;
    protected final RecordingDialogs dialogs = new RecordingDialogs();

    /** A @BeforeEach, not TestFX's @Start, which is only looked for in the test class itself. */
    @BeforeEach
    void openDemo() throws Exception {
        FxToolkit.setupStage(stage -> vm = TestWindow.openDemo(stage, dir, dialogs, Section.DASHBOARD).vm());
    }
}
