package dev.steward.ui.controls;

import dev.steward.domain.ImplementationStatus;
import dev.steward.domain.coverage.CoverageStatus;
import javafx.scene.control.Label;

/** Labelled tags: the colour repeats what the text says, never replaces it. */
public final class StatusTags {
    private StatusTags() {
    }

    public static Label implementation(ImplementationStatus s) {
        String style = switch (s) {
            case VERIFIED, IMPLEMENTED -> "tag-success";
            case IN_PROGRESS -> "tag-warning";
            case PLANNED -> "tag-neutral";
            case NOT_APPLICABLE -> "tag-muted";
        };
        return tag(s.name().replace('_', ' '), style);
    }

    public static Label coverage(CoverageStatus s, boolean derived) {
        String style = switch (s) {
            case COVERED -> derived ? "tag-success-derived" : "tag-success";
            case PARTIAL -> derived ? "tag-warning-derived" : "tag-warning";
            case GAP -> "tag-danger";
            case NOT_APPLICABLE -> "tag-muted";
        };
        return tag(s.label().toUpperCase() + (derived ? " (DERIVED)" : ""), style);
    }

    public static Label tag(String text, String style) {
        Label l = new Label(text);
        l.getStyleClass().addAll("tag", style);
        l.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        return l;
    }
}
