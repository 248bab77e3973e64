package dev.steward.ui;

import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.Scene;

import java.lang.management.ManagementFactory;

/**
 * For {@code --exit-after-first-frame}: prints how long after JVM start the first frame was on
 * screen, and the first frame showing the register, then exits. A frame has been rendered once the
 * pulse after it begins, which is what the second animation tick marks. bench/startup.sh compares
 * this with a bare JavaFX window measured the same way.
 */
final class FirstFrameProbe {
    private final Scene scene;
    private long firstFrameMs = -1;
    private boolean registerShown;
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
                if (firstFrameMs < 0) firstFrameMs = sinceJvmStart();
                if (registerShown) {
                    stop();
                    report();
                }
            }
        }.start();
    }

    /** Called when the register's content is in the scene; the next rendered frame shows it. */
    void registerShown() {
        registerShown = true;
    }

    private void report() {
        if (reported) return;
        reported = true;
        long registerMs = sinceJvmStart();
        System.out.println("first-frame-ms=" + firstFrameMs);
        System.out.println("register-frame-ms=" + Math.max(registerMs, firstFrameMs));
        System.out.flush();
        scene.getWindow().hide();
        Platform.exit();
    }

    static long sinceJvmStart() {
        return System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
    }
}
