package dev.steward.ui.coverage;

import dev.steward.domain.Control;
import dev.steward.domain.Mapping;
import dev.steward.domain.coverage.ClauseCoverage;
import dev.steward.domain.coverage.DerivedLink;
import dev.steward.ui.controls.EvidenceList;
import dev.steward.ui.controls.StatusTags;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** A clause's drill-down: status, the controls behind it, crosswalk links, applicability and evidence. */
final class ClauseDetail extends ScrollPane {

    private final CoverageViewModel vm;
    private final VBox body = new VBox(8);
    private final VBox dynamic = new VBox(6);
    private final RadioButton applicable = new RadioButton("Applicable");
    private final RadioButton excluded = new RadioButton("Not applicable");
    private final TextArea justification = new TextArea();
    private final Label empty = new Label("Choose a clause in the tree or the gap list to see the controls and evidence behind it.");

    ClauseDetail(CoverageViewModel vm) {
        this.vm = vm;
        setFitToWidth(true);
        setId("clauseDetail");
        ToggleGroup g = new ToggleGroup();
        applicable.setToggleGroup(g);
        excluded.setToggleGroup(g);
        justification.setPrefRowCount(2);
        justification.setWrapText(true);
        justification.setPromptText("Justification (required to exclude; also why it is included)");
        Button save = new Button("Save decision");
        save.setOnAction(e -> {
            ClauseCoverage c = vm.clauseProperty().get();
            if (c != null) vm.decide(c.clause().catalogId(), c.ref(), !excluded.isSelected(), justification.getText());
        });
        Button clear = new Button("Clear decision");
        clear.setOnAction(e -> {
            ClauseCoverage c = vm.clauseProperty().get();
            if (c != null) c.decision().ifPresent(vm::clearDecision);
        });
        EvidenceList evidence = new EvidenceList(vm.clauseEvidence(), vm.evidenceActions(), vm::today, vm::attachToClause);
        body.getChildren().addAll(dynamic, heading("Applicability"), new HBox(12, applicable, excluded), justification,
                new HBox(8, save, clear), heading("Evidence (the clause's own and its controls')"), evidence);
        body.setPadding(new Insets(16));
        empty.setWrapText(true);
        empty.getStyleClass().add("text-muted");
        empty.setPadding(new Insets(20));
        vm.clauseProperty().addListener((o, a, c) -> show(c));
        show(null);
    }

    private void show(ClauseCoverage c) {
        if (c == null) {
            setContent(empty);
            return;
        }
        dynamic.getChildren().clear();
        Label ref = new Label(vm.catalogName(c.clause().catalogId()) + "  ·  " + c.ref() + (c.clause().kind().isEmpty() ? "" : "  ·  " + c.clause().kind()));
        ref.getStyleClass().add("text-muted");
        Label title = new Label(c.clause().title());
        title.getStyleClass().add("title-3");
        title.setWrapText(true);
        HBox status = new HBox(8, StatusTags.coverage(c.status(), c.derived()), new Label(explain(c)));
        status.setAlignment(Pos.CENTER_LEFT);
        dynamic.getChildren().addAll(ref, title, status, heading("Mapped controls"));
        if (c.mappings().isEmpty()) dynamic.getChildren().add(muted("No control of the register maps here. Map one from the Controls section or the Frameworks clause page."));
        for (Mapping m : c.mappings()) {
            Control ctl = vm.control(m.controlId());
            Label name = new Label(ctl.id() + "  " + ctl.name() + "  ·  " + m.relation().name().toLowerCase());
            name.setWrapText(true);
            HBox line = new HBox(8, StatusTags.implementation(ctl.status()), name);
            line.setAlignment(Pos.CENTER_LEFT);
            dynamic.getChildren().add(line);
            if (m.rationale() != null && !m.rationale().isBlank()) dynamic.getChildren().add(muted("    " + m.rationale()));
        }
        if (!c.via().isEmpty()) {
            dynamic.getChildren().add(heading("Through crosswalks (derived, never counted as direct)"));
            for (DerivedLink l : c.via()) {
                dynamic.getChildren().add(new Label("This clause " + l.relation().name().toLowerCase() + " " + vm.catalogName(l.catalogId())
                        + " " + l.ref() + ", which is " + l.neighbourStatus().label().toLowerCase() + " by "
                        + String.join(", ", l.controlIds()) + " → " + l.carried().label().toLowerCase() + " here"));
            }
        }
        applicable.setSelected(c.decision().map(d -> d.applicable()).orElse(true));
        excluded.setSelected(!applicable.isSelected());
        justification.setText(c.decision().map(d -> d.justification()).orElse(""));
        setContent(body);
    }

    static String explain(ClauseCoverage c) {
        return switch (c.status()) {
            case COVERED -> c.derived() ? "covered only through a crosswalk" : "an implemented or verified control covers it";
            case PARTIAL -> c.derived() ? "partly covered through a crosswalk" : "mapped controls are planned, in progress or only overlap";
            case GAP -> "no control maps here";
            case NOT_APPLICABLE -> "excluded: " + c.decision().map(d -> d.justification()).orElse("");
        };
    }

    static Label heading(String s) {
        Label l = new Label(s);
        l.getStyleClass().add("title-4");
        l.setPadding(new Insets(8, 0, 0, 0));
        return l;
    }

    static Label muted(String s) {
        Label l = new Label(s);
        l.setWrapText(true);
        l.getStyleClass().add("text-muted");
        return l;
    }
}
