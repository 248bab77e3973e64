package dev.steward.bench;

import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

import java.lang.management.ManagementFactory;

/**
 * The floor for bench/startup.sh: a bare JavaFX window of the same size, started and timed exactly
 * as Steward's --exit-after-first-frame is (JVM start to the pulse after the first frame).
 */
public final class BareWindowProbe {
    public static void main(String[] args) {
        Platform.startup(() -> {
            Stage stage = new Stage();
            var screen = javafx.stage.Screen.getPrimary().getVisualBounds(); // the size Steward's window takes
            stage.setScene(new Scene(new StackPane(new Label("bare JavaFX window")),
                    Math.max(1000, screen.getWidth() * 0.9), Math.max(680, screen.getHeight() * 0.9)));
            stage.show();
            new AnimationTimer() {
                private int ticks;

                @Override
                public void handle(long now) {
                    if (++ticks < 2) return;
                    stop();
                    // as FirstFrameProbe: the start of this pulse, on the wall clock, from JVM start
                    long ms = System.currentTimeMillis() - (System.nanoTime() - now) / 1_000_000
                            - ManagementFactory.getRuntimeMXBean().getStartTime();
                    System.out.println("first-frame-ms=" + ms);
                    System.out.flush();
                    stage.hide();
                    Platform.exit();
                }
            }.start();
        });
    }
}
