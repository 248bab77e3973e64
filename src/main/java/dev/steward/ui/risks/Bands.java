package dev.steward.ui.risks;

import dev.steward.domain.scoring.BandColour;
import dev.steward.domain.scoring.ScoreBand;
import javafx.scene.control.Label;

import java.util.Locale;

/** Band colours as style classes, and the tag that always shows a band's name beside its colour. */
public final class Bands {
    public static final String STYLESHEET = Bands.class.getResource("/dev/steward/ui/risks.css").toExternalForm();

    private Bands() {
    }

    public static String styleClass(BandColour colour) {
        return "band-" + colour.name().toLowerCase(Locale.ROOT);
    }

    /** "16 High" on the band's colour; empty text for a missing score. */
    public static Label tag(Integer score, ScoreBand band) {
        Label l = new Label(score == null || band == null ? "—" : score + "  " + band.name());
        if (band != null) l.getStyleClass().addAll("band-tag", styleClass(band.colour()));
        return l;
    }
}
