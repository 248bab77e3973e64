package dev.steward.domain.scoring;

/** The palette a score band may use; the UI maps each to a theme colour and always shows the band's name too. */
public enum BandColour {
    GREEN, YELLOW, AMBER, ORANGE, RED, PURPLE
}
