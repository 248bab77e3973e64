package dev.steward.export.xlsx;

import dev.steward.domain.scoring.BandColour;

/** Light fills for band colours in printed and spreadsheet output (dark text stays readable on them). */
public final class BandTints {
    private BandTints() {
    }

    public static String hex(BandColour colour) {
        return switch (colour) {
            case GREEN -> "BFE3C0";
            case YELLOW -> "FFF3A3";
            case AMBER -> "FCE8A6";
            case ORANGE -> "F8C58C";
            case RED -> "F4A3A3";
            case PURPLE -> "D8C4F0";
        };
    }
}
