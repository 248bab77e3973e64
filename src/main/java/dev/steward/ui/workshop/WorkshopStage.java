package dev.steward.ui.workshop;

import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.Duration;

/** Workshop mode in its own full-screen window, with a one-second timer per risk. */
public final class WorkshopStage {
    private WorkshopStage() {
    }

    public static Stage open(Window owner, WorkshopViewModel vm, boolean fullScreen) {
        Stage stage = new Stage();
        if (owner != null) stage.initOwner(owner);
        vm.start();
        WorkshopView view = new WorkshopView(vm, stage::close);
        Scene scene = new Scene(view, 1920, 1080);
        if (owner != null && owner.getScene() != null) scene.getStylesheets().addAll(owner.getScene().getStylesheets());
        stage.setScene(scene);
        stage.setTitle("Steward — workshop scoring");
        stage.setFullScreenExitHint("Esc leaves workshop mode");
        stage.setFullScreenExitKeyCombination(javafx.scene.input.KeyCombination.NO_MATCH); // Esc is ours: it closes
        stage.setFullScreen(fullScreen);
        Timeline timer = new Timeline(new KeyFrame(Duration.seconds(1), e -> vm.tick()));
        timer.setCycleCount(Timeline.INDEFINITE);
        timer.play();
        stage.setOnHidden(e -> timer.stop());
        stage.show();
        view.requestFocus();
        return stage;
    }
}
