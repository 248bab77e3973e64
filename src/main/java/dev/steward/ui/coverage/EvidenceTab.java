package dev.steward.ui.coverage;

import dev.steward.domain.Evidence;
import dev.steward.domain.RoadmapTask;
import dev.steward.ui.controls.ControlsViewModelAccess;
import dev.steward.ui.controls.EvidenceList;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

import java.util.Comparator;

/**
 * The evidence index: every file in the register, stale ones first, with what it supports; and attaching
 * evidence to a roadmap task (controls and clauses get theirs on their own pages).
 */
final class EvidenceTab extends ScrollPane {

    EvidenceTab(CoverageViewModel vm) {
        setFitToWidth(true);
        Label summary = new Label();
        summary.getStyleClass().add("title-4");
        ObservableList<Evidence> sorted = FXCollections.observableArrayList();
        ListChangeListener<Evidence> resort = c -> {
            sorted.setAll(vm.allEvidence().sorted(Comparator.comparing((Evidence e) -> !e.isStale(vm.today()))
                    .thenComparing(Evidence::id)));
            long stale = sorted.stream().filter(e -> e.isStale(vm.today())).count();
            summary.setText(sorted.size() + " evidence file(s) in the register · " + stale + " stale (past their expiry date)");
        };
        vm.allEvidence().addListener(resort);
        resort.onChanged(null);
        ComboBox<RoadmapTask> task = new ComboBox<>(vm.tasks());
        task.setId("evidenceTask");
        task.setPromptText("Roadmap task…");
        task.setConverter(ControlsViewModelAccess.converter(t -> t.id() + "  " + t.title()));
        ObservableList<Evidence> taskEvidence = FXCollections.observableArrayList();
        Runnable showTask = () -> taskEvidence.setAll(task.getValue() == null ? java.util.List.of() : vm.allEvidence().stream()
                .filter(e -> task.getValue().evidenceIds().contains(e.id())).toList());
        task.valueProperty().addListener((o, a, t) -> showTask.run());
        vm.allEvidence().addListener((ListChangeListener<Evidence>) c -> {
            String keep = task.getValue() == null ? null : task.getValue().id();
            task.setValue(vm.tasks().stream().filter(t -> t.id().equals(keep)).findFirst().orElse(null));
            showTask.run();
        });
        EvidenceList forTask = new EvidenceList(taskEvidence, vm.evidenceActions(), vm::today,
                (file, expires) -> vm.attachToTask(task.getValue(), file, expires));
        forTask.disableProperty().bind(task.valueProperty().isNull());
        HBox chooser = new HBox(8, new Label("Evidence of a roadmap task:"), task);
        chooser.setAlignment(Pos.CENTER_LEFT);
        Label all = new Label("All evidence");
        all.getStyleClass().add("title-4");
        VBox box = new VBox(10, summary, chooser, forTask, all, new EvidenceList(sorted, vm.evidenceActions(), vm::today,
                (file, expires) -> vm.work().dialogs().showWarning("Choose what it supports",
                        "Attach evidence from a control's page, a clause in Coverage, an obligation, or a roadmap task above.")));
        box.setPadding(new Insets(16));
        setContent(box);
    }
}
