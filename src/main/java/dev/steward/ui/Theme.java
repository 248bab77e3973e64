package dev.steward.ui;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;

/** The AtlantaFX Primer themes; the app's own stylesheet builds on their colour variables. */
public enum Theme {
    LIGHT, DARK;

    /** Global to the JavaFX runtime (Application's user-agent stylesheet), so applied once per window build. */
    public void apply() {
        Application.setUserAgentStylesheet(this == LIGHT ? new PrimerLight().getUserAgentStylesheetBSS()
                : new PrimerDark().getUserAgentStylesheetBSS());
    }
}
