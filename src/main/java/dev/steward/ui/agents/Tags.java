package dev.steward.ui.agents;

import dev.steward.domain.Decision;
import dev.steward.domain.Lifecycle;
import dev.steward.domain.Sanction;
import dev.steward.domain.Severity;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;

import java.util.function.Function;

/** Coloured tags that always carry their text: lifecycle, sanction, severity, decision. */
public final class Tags {
    /** The stylesheet every agents-family view adds. */
    public static final String CSS = Tags.class.getResource("/dev/steward/ui/agents.css").toExternalForm();

    private Tags() {
    }

    public static Label tag(String text, String tone) {
        Label l = new Label(text);
        l.getStyleClass().addAll("tag", "tag-" + tone);
        l.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        return l;
    }

    public static String words(Enum<?> e) {
        String s = e.name().toLowerCase().replace('_', ' ');
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** How a sentence names a discovery source: "CASB log", "outbound API monitoring". */
    public static String source(dev.steward.domain.DiscoverySource s) {
        return switch (s) {
            case MANUAL -> "manual registration";
            case CASB_LOG -> "CASB log";
            case OUTBOUND_API_MONITORING -> "outbound API monitoring";
            case BROWSER_EXTENSION_SCAN -> "browser-extension scan";
            case IMPORT -> "import";
        };
    }

    public static String tone(Lifecycle l) {
        return switch (l) {
            case PRODUCTION -> "success";
            case PILOT, APPROVED -> "accent";
            case PROPOSED, UNDER_REVIEW -> "neutral";
            case SUSPENDED -> "warning";
            case DECOMMISSIONED -> "muted";
        };
    }

    public static String tone(Sanction s) {
        return switch (s) {
            case SANCTIONED -> "success";
            case SHADOW -> "warning";
            case BLOCKED -> "danger";
        };
    }

    public static String tone(Severity s) {
        return switch (s) {
            case LOW -> "neutral";
            case MEDIUM -> "warning";
            case HIGH -> "orange";
            case CRITICAL -> "danger";
        };
    }

    public static String tone(dev.steward.domain.IncidentStatus s) {
        return switch (s) {
            case OPEN -> "danger";
            case CONTAINED -> "warning";
            case RESOLVED -> "success";
            case CLOSED -> "muted";
        };
    }

    public static String tone(Decision d) {
        return switch (d) {
            case PENDING -> "neutral";
            case APPROVED -> "success";
            case CONDITIONAL -> "warning";
            case REJECTED -> "danger";
        };
    }

    /** A table cell showing its value as a tag (text from {@code text}, colour from {@code tone}). */
    public static <S, T> TableCell<S, T> cell(Function<T, String> text, Function<T, String> tone) {
        return new TableCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(null);
                setGraphic(empty || item == null ? null : tag(text.apply(item), tone.apply(item)));
            }
        };
    }
}
