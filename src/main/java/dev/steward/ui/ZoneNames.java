package dev.steward.ui;

import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * A time zone's name for a column header: "UTC", "UTC+05:30", "Europe/Berlin". A region is named by
 * its id, not an abbreviation: "CET" would also label summer times (UTC+2), and "IST" or "CST" name
 * several zones.
 */
public final class ZoneNames {

    private ZoneNames() {
    }

    public static String of(ZoneId zone) {
        // A fixed offset's own display name is its id ("Z", "+05:30"), which reads as a typo in a header.
        if (zone.normalized() instanceof ZoneOffset offset) {
            return offset.equals(ZoneOffset.UTC) ? "UTC" : "UTC" + offset.getId();
        }
        return zone.getId();
    }

    /** A column header naming its zone: "When (UTC)" on one line, a region's longer id on a second line. */
    public static String header(String title, String zoneName) {
        return zoneName.length() <= 9 ? title + " (" + zoneName + ")" : title + "\n" + zoneName;
    }
}
