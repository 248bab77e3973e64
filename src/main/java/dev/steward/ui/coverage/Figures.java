package dev.steward.ui.coverage;

import dev.steward.domain.coverage.Tally;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The headline percentages as cards and a stacked bar; every figure has its words beside it. */
final class Figures {
    private Figures() {
    }

    static HBox cards(Tally t) {
        HBox box = new HBox(10,
                card(t.coveredPercent() + "%", "covered (" + t.coveredDirect() + ")"),
                card(t.coveredDerivedPercent() + "%", "covered via crosswalk (" + t.coveredDerived() + ")"),
                card(t.partialPercent() + "%", "partial (" + t.partialDirect() + ")"),
                card(t.partialDerivedPercent() + "%", "partial via crosswalk (" + t.partialDerived() + ")"),
                card(t.gapPercent() + "%", "gap (" + t.gap() + ")"),
                card(Integer.toString(t.notApplicable()), "not applicable, excluded"));
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    private static VBox card(String value, String label) {
        Label v = new Label(value);
        v.getStyleClass().add("coverage-figure");
        Label l = new Label(label);
        l.getStyleClass().add("coverage-figure-label");
        VBox card = new VBox(2, v, l);
        card.getStyleClass().add("coverage-card");
        return card;
    }

    /** A bar split by status, proportional to the applicable clauses. */
    static HBox bar(Tally t, double height) {
        HBox bar = new HBox();
        bar.setPrefHeight(height);
        bar.setMinHeight(height);
        int n = Math.max(1, t.applicable());
        segment(bar, t.coveredDirect(), n, "coverage-bar-covered", "covered");
        segment(bar, t.coveredDerived(), n, "coverage-bar-derived", "covered via crosswalk");
        segment(bar, t.partialDirect(), n, "coverage-bar-partial", "partial");
        segment(bar, t.partialDerived(), n, "coverage-bar-partial-derived", "partial via crosswalk");
        segment(bar, t.gap(), n, "coverage-bar-gap", "gap");
        return bar;
    }

    private static void segment(HBox bar, int count, int of, String style, String what) {
        if (count == 0) return;
        Region r = new Region();
        r.getStyleClass().add(style);
        r.prefWidthProperty().bind(bar.widthProperty().multiply((double) count / of));
        HBox.setHgrow(r, Priority.NEVER);
        Tooltip.install(r, new Tooltip(count + " " + what));
        bar.getChildren().add(r);
    }
}
