package dev.steward.ui.aiact;

import dev.steward.app.AgentObligation;
import dev.steward.domain.Agent;
import dev.steward.domain.Control;
import dev.steward.domain.ObligationRecord;
import dev.steward.domain.ObligationRecord.ObligationStatus;
import dev.steward.ui.controls.ControlsViewModelAccess;
import dev.steward.ui.controls.EvidenceList;
import dev.steward.ui.controls.StatusTags;
import dev.steward.ui.coverage.CoverageViewModel;
import dev.steward.ui.icons.StewardIcon;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

import java.util.ArrayList;
import java.util.List;

/** EU AI Act per agent: its tier and role with the reasons, the classification helper, and the obligations checklist. */
public final class AiActTab extends BorderPane {

    private final CoverageViewModel vm;
    private final VBox page = new VBox(10);

    public AiActTab(CoverageViewModel vm) {
        this.vm = vm;
        ListView<Agent> agents = new ListView<>(vm.agents());
        agents.setId("aiActAgents");
        agents.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(Agent a, boolean empty) {
                super.updateItem(a, empty);
                setText(empty || a == null ? null : a.id() + "  " + a.name() + "\n    " + tier(a));
            }
        });
        agents.getSelectionModel().selectedItemProperty().addListener((o, a, ag) -> {
            if (ag != null && ag != vm.agentProperty().get()) vm.agentProperty().set(ag);
        });
        vm.agentProperty().addListener((o, a, ag) -> {
            if (ag != null) agents.getSelectionModel().select(ag);
        });
        agents.setPlaceholder(dev.steward.ui.Reading.placeholder(vm.readingProperty(), "Computing the coverage…",
                "No agents in this register yet."));
        page.setPadding(new Insets(16));
        ScrollPane scroll = new ScrollPane(page);
        scroll.setFitToWidth(true);
        SplitPane split = new SplitPane(agents, scroll);
        split.setDividerPositions(0.27);
        setCenter(split);
        vm.obligations().addListener((ListChangeListener<AgentObligation>) c -> show());
        vm.agentProperty().addListener((o, a, b) -> show());
        show();
    }

    static String tier(Agent a) {
        if (!a.aiAct().classified()) return "not classified";
        return a.aiAct().riskTier().name().replace('_', ' ').toLowerCase() + (a.aiAct().role() == null ? ""
                : " · " + a.aiAct().role().name().toLowerCase());
    }

    private void show() {
        page.getChildren().clear();
        Agent a = vm.agentProperty().get();
        if (a == null) {
            page.getChildren().add(muted("Choose an agent on the left to classify it and see its obligations."));
            return;
        }
        Label title = new Label(a.id() + "  " + a.name());
        title.getStyleClass().add("title-3");
        Label tier = new Label("EU AI Act: " + tier(a) + (a.aiAct().annexIIIArea() == null ? "" : " — Annex III " + a.aiAct().annexIIIArea()));
        Button classify = new Button("Classify…", new FontIcon(StewardIcon.SCALE_BALANCE));
        classify.setId("classifyAgent");
        classify.setOnAction(e -> classify(a));
        classify.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        tier.setWrapText(true);
        HBox head = new HBox(12, classify, tier);
        head.setAlignment(Pos.CENTER_LEFT);
        page.getChildren().addAll(title, head);
        var cls = vm.snapshotProperty().get().classification(a.id());
        if (cls.isPresent()) {
            page.getChildren().add(muted("Classified by " + cls.get().classifiedBy() + " on " + cls.get().classifiedOn() + ":"));
            cls.get().reasons().forEach(r -> page.getChildren().add(wrapped("• " + r)));
        } else {
            page.getChildren().add(muted(a.aiAct().classified() ? "Tier and role were set without the helper, so no reasons are "
                    + "recorded. Classify it to record them." : "Not classified yet: use Classify… to walk through the questions."));
        }
        List<AgentObligation> list = vm.obligations();
        long met = list.stream().filter(o -> o.record().status() == ObligationStatus.MET).count();
        Label heading = new Label("Obligations (" + met + " of " + list.size() + " met)");
        heading.getStyleClass().add("title-4");
        page.getChildren().add(heading);
        if (list.isEmpty()) page.getChildren().add(muted("No obligations follow until the agent has a role and a tier."));
        else page.getChildren().add(muted("Some apply only in special cases (public bodies, law enforcement, employers): "
                + "mark those Not applicable with a note saying why."));
        list.forEach(o -> page.getChildren().add(block(a, o)));
    }

    private TitledPane block(Agent a, AgentObligation o) {
        ObligationRecord rec = o.record();
        VBox body = new VBox(6, wrapped(o.obligation().summary()), muted("Why: " + o.why() + " · scope: " + o.obligation().scope()
                + " · applies from " + o.obligation().appliesFrom() + (o.obligation().appliesFromNote().isEmpty() ? ""
                : " (" + o.obligation().appliesFromNote() + ")")));
        ComboBox<ObligationStatus> status = new ComboBox<>(FXCollections.observableArrayList(ObligationStatus.values()));
        status.setConverter(ControlsViewModelAccess.converter(ObligationStatus::label));
        status.setValue(rec.status());
        List<String> controls = new ArrayList<>(rec.controlIds());
        FlowPane chosen = new FlowPane(6, 4);
        Runnable fill = () -> {
            chosen.getChildren().clear();
            if (controls.isEmpty()) chosen.getChildren().add(muted("No control recorded."));
            for (String id : List.copyOf(controls)) {
                Control c = vm.control(id);
                Button x = new Button(id + (c == null ? "" : " " + c.name()) + "  ✕");
                x.setOnAction(e -> {
                    controls.remove(id);
                    x.setVisible(false);
                    x.setManaged(false);
                });
                chosen.getChildren().add(x);
            }
        };
        fill.run();
        FlowPane suggested = new FlowPane(6, 4);
        for (Control c : o.suggested()) {
            Button add = new Button("+ " + c.id() + " " + c.name());
            add.setOnAction(e -> {
                if (!controls.contains(c.id())) controls.add(c.id());
                fill.run();
                add.setDisable(true);
            });
            suggested.getChildren().add(add);
        }
        ComboBox<Control> any = new ComboBox<>(FXCollections.observableArrayList(vm.snapshotProperty().get().controls()));
        any.setConverter(ControlsViewModelAccess.converter(c -> c.id() + " " + c.name()));
        any.setPromptText("Another control…");
        any.setOnAction(e -> {
            if (any.getValue() != null && !controls.contains(any.getValue().id())) controls.add(any.getValue().id());
            fill.run();
        });
        TextField note = new TextField(rec.note());
        note.setPromptText("Note: how it is met, or why it does not apply (required for Not applicable)");
        HBox.setHgrow(note, Priority.ALWAYS);
        Button save = new Button("Save");
        save.setOnAction(e -> {
            try {
                vm.saveObligation(new ObligationRecord(rec.id(), a.id(), rec.ref(), status.getValue(), List.copyOf(controls), note.getText().strip()));
            } catch (IllegalArgumentException ex) {
                vm.work().dialogs().showWarning("Not saved", ex.getMessage());
            }
        });
        HBox edit = new HBox(8, status, note, save);
        edit.setAlignment(Pos.CENTER_LEFT);
        body.getChildren().addAll(new Label("Controls that meet it:"), chosen);
        if (!o.suggested().isEmpty()) body.getChildren().addAll(muted("Suggested (mapped to " + o.obligation().article()
                + " and applying to this agent):"), suggested);
        body.getChildren().addAll(any, edit, new EvidenceList(FXCollections.observableArrayList(o.evidence()), vm.evidenceActions(),
                vm::today, (file, exp) -> vm.attachToObligation(o, file, exp)));
        HBox header = new HBox(8, statusTag(rec.status()), new Label(o.obligation().ref() + "  " + shorten(o.obligation().summary())));
        if (o.notYetApplicable()) header.getChildren().add(StatusTags.tag("FROM " + o.obligation().appliesFrom(), "tag-neutral"));
        header.setAlignment(Pos.CENTER_LEFT);
        TitledPane pane = new TitledPane(null, body);
        pane.setGraphic(header);
        pane.setExpanded(false);
        return pane;
    }

    private static Label statusTag(ObligationStatus s) {
        return StatusTags.tag(s.label().toUpperCase(), switch (s) {
            case MET -> "tag-success";
            case IN_PROGRESS -> "tag-warning";
            case OPEN -> "tag-danger";
            case NOT_APPLICABLE -> "tag-muted";
        });
    }

    private void classify(Agent a) {
        var s = vm.snapshotProperty().get();
        ClassificationViewModel cvm = new ClassificationViewModel(a, s.classification(a.id()).orElse(null), s.catalogs(),
                vm.services().compliance(), vm.opened(), vm.work());
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(getScene().getWindow());
        dialog.setTitle("EU AI Act classification — " + a.id());
        dialog.getDialogPane().setContent(new ClassificationView(cvm));
        ButtonType save = new ButtonType("Save classification", javafx.scene.control.ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(save, ButtonType.CANCEL);
        dialog.setResizable(true);
        dialog.showAndWait().filter(b -> b == save).ifPresent(b -> cvm.save(() -> { }));
    }

    private static String shorten(String s) {
        return s.length() <= 90 ? s : s.substring(0, 88) + "…";
    }

    private static Label wrapped(String s) {
        Label l = new Label(s);
        l.setWrapText(true);
        return l;
    }

    private static Label muted(String s) {
        Label l = wrapped(s);
        l.getStyleClass().add("text-muted");
        return l;
    }
}
