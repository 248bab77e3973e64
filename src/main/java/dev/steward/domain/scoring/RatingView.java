package dev.steward.domain.scoring;

import dev.steward.domain.Rating;
import dev.steward.domain.Risk;

/** Which of a risk's two ratings a view shows: before controls (inherent) or after them (residual). */
public enum RatingView {
    INHERENT("Inherent"), RESIDUAL("Residual");

    private final String label;

    RatingView(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The rating this view shows for the risk; null for a residual not yet assessed. */
    public Rating of(Risk risk) {
        return this == INHERENT ? risk.inherent() : risk.residual();
    }
}
