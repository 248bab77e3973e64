package dev.steward.ui.risks;

import dev.steward.domain.scoring.BandColour;
import dev.steward.domain.scoring.ScoreBand;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** Scoring matrix settings: size, level labels and the bands with their names and colours. */
final class MatrixPane extends VBox {
    private final MatrixViewModel vm;
    private final GridPane labels = new GridPane();
    private final GridPane bands = new GridPane();

    MatrixPane(MatrixViewModel vm) {
        super(14);
        this.vm = vm;
        setPadding(new Insets(16));
        Spinner<Integer> size = new Spinner<>(3, 6, vm.sizeProperty().get());
        size.setId("matrixSize");
        size.valueProperty().addListener((o, a, b) -> vm.sizeProperty().set(b));
        vm.sizeProperty().addListener((o, a, b) -> size.getValueFactory().setValue(b.intValue()));
        labels.setHgap(10);
        labels.setVgap(6);
        bands.setHgap(10);
        bands.setVgap(6);
        vm.likelihoodLabels().addListener((javafx.collections.ListChangeListener<String>) c -> drawLabels());
        vm.bands().addListener((javafx.collections.ListChangeListener<ScoreBand>) c -> drawBands());
        Button addBand = new Button("Add band");
        addBand.setOnAction(e -> {
            int max = vm.sizeProperty().get() * vm.sizeProperty().get();
            vm.bands().add(new ScoreBand("New band", max, max, BandColour.PURPLE));
        });
        Button apply = new Button("Apply to the register…");
        apply.setId("applyMatrix");
        apply.setOnAction(e -> vm.apply());
        Button reset = new Button("Reset");
        reset.setOnAction(e -> vm.reset());
        Label status = new Label();
        status.textProperty().bind(vm.statusProperty());
        Label note = new Label("Changing the size re-maps every stored rating and tolerance level by level; you see the "
                + "plan and confirm it first, and Undo reverses it.");
        note.setWrapText(true);
        note.getStyleClass().add("field-label");
        Label t1 = new Label("Level labels");
        t1.getStyleClass().add("section-title");
        Label t2 = new Label("Score bands (from–to, inclusive; every reachable score needs a band)");
        t2.getStyleClass().add("section-title");
        getChildren().addAll(new HBox(10, new Label("Size"), size), note, t1, labels, t2, bands, addBand,
                new HBox(8, apply, reset), status);
        drawLabels();
        drawBands();
    }

    private void drawLabels() {
        labels.getChildren().clear();
        labels.addRow(0, new Label("Level"), new Label("Likelihood"), new Label("Impact"));
        for (int i = 0; i < vm.likelihoodLabels().size() && i < vm.impactLabels().size(); i++) {
            int k = i;
            TextField l = new TextField(vm.likelihoodLabels().get(i));
            l.textProperty().addListener((o, a, b) -> vm.likelihoodLabels().set(k, b));
            TextField im = new TextField(vm.impactLabels().get(i));
            im.textProperty().addListener((o, a, b) -> vm.impactLabels().set(k, b));
            labels.addRow(i + 1, new Label(String.valueOf(i + 1)), l, im);
        }
    }

    private void drawBands() {
        bands.getChildren().clear();
        for (int i = 0; i < vm.bands().size(); i++) {
            int k = i;
            ScoreBand b = vm.bands().get(i);
            TextField name = new TextField(b.name());
            Spinner<Integer> from = new Spinner<>(1, 36, b.from());
            Spinner<Integer> to = new Spinner<>(1, 36, b.to());
            ComboBox<BandColour> colour = Choices.ofEnum(BandColour.values());
            colour.setValue(b.colour());
            Label sample = Bands.tag(b.from(), b);
            Button remove = new Button("Remove");
            Runnable update = () -> {
                try {
                    vm.bands().set(k, new ScoreBand(name.getText(), from.getValue(), to.getValue(), colour.getValue()));
                } catch (IllegalArgumentException ex) {
                    sample.setText(ex.getMessage());
                }
            };
            name.setOnAction(e -> update.run());
            name.focusedProperty().addListener((o, a, f) -> { if (!f) update.run(); });
            from.valueProperty().addListener((o, a, v) -> update.run());
            to.valueProperty().addListener((o, a, v) -> update.run());
            colour.valueProperty().addListener((o, a, v) -> update.run());
            remove.setOnAction(e -> vm.bands().remove(k));
            bands.addRow(i, name, from, new Label("to"), to, colour, sample, remove);
        }
    }
}
