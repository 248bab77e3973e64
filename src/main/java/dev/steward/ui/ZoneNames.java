package dev.steward.ui;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.TextStyle;
import java.util.Locale;

/** A time zone's short name for a column header: "UTC", "UTC+05:30", "CET". */
public final class ZoneNames {

    private ZoneNames() {
    }

    public static String of(ZoneId zone) {
        // A fixed offset's own display name is its id ("Z", "+05:30"), which reads as a typo in a header.
        if (zone.normalized() instanceof ZoneOffset offset) {
            return offset.equals(ZoneOffset.UTC) ? "UTC" : "UTC" + offset.getId();
        }
        return zone.getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
    }
}
