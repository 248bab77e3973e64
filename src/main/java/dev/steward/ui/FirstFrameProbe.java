package dev.steward.ui;

import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.Scene;

import java.lang.management.ManagementFactory;

/**
 * For {@code --exit-after-first-frame}: prints how long after JVM start the first frame was on
 * screen, the first frame showing the register and (for information) the first showing the
 * dashboard's figures, then exits. A frame has been rendered once the
 * pulse after it begins, which is what the second animation tick marks. bench/startup.sh compares
 * this with a bare JavaFX window measured the same way.
 */
final class FirstFrameProbe {
    private final Scene scene;
    private long firstFrameMs = -1;
    private long registerFrameMs = -1;
    private boolean registerShown;
    private boolean figuresInScene;
    private boolean reported;

    FirstFrameProbe(Scene scene) {
        this.scene = scene;
    }

    void start() {
        new AnimationTimer() {
            private int ticks;

            @Override
            public void handle(long now) {
                if (++ticks < 2) return;
                long at = sinceJvmStart(now);
                if (firstFrameMs < 0) firstFrameMs = at;
                if (registerShown && registerFrameMs < 0) registerFrameMs = Math.max(at, firstFrameMs);
                if (registerFrameMs < 0) return;
                // The dashboard's figures come from a summary made after the first frame: the frame
                // after they are in the scene shows them (reported for information, not the target).
                if (figuresInScene || scene.lookup("#dashboardTiles") == null || at - registerFrameMs > 30_000) {
                    stop();
                    report(figuresInScene ? at : -1);
                }
                figuresInScene = dashboardFiguresShown();
            }
        }.start();
    }

    /** Called when the register's content is in the scene; the next rendered frame shows it. */
    void registerShown() {
        registerShown = true;
    }

    private boolean dashboardFiguresShown() {
        javafx.scene.Node tiles = scene.lookup("#dashboardTiles");
        return tiles instanceof javafx.scene.Parent p && !p.getChildrenUnmodifiable().isEmpty();
    }

    private void report(long dashboardMs) {
        if (reported) return;
        reported = true;
        System.out.println("first-frame-ms=" + firstFrameMs);
        System.out.println("register-frame-ms=" + registerFrameMs);
        System.out.println("dashboard-frame-ms=" + dashboardMs);
        System.out.flush();
        scene.getWindow().hide();
        Platform.exit();
    }

    /**
     * From JVM start to the start of the pulse whose timestamp is {@code pulseNanos} (JavaFX's
     * {@code AnimationTimer} time, on {@code System.nanoTime()}'s scale): the moment the frame before
     * it was on screen, whatever other timers then did in that pulse first.
     */
    static long sinceJvmStart(long pulseNanos) {
        return sinceJvmStart() - (System.nanoTime() - pulseNanos) / 1_000_000;
    }

    static long sinceJvmStart() {
        return System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
    }
}
