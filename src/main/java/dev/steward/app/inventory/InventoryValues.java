package dev.steward.app.inventory;

import dev.steward.domain.DataClass;
import dev.steward.domain.DiscoverySource;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Parses one cell's text into a field value. Each parser throws IllegalArgumentException with the
 * problem only (the caller adds file, row and field), so messages read "'x' is not a date".
 */
final class InventoryValues {
    // Excel's 1900 date system counts days from 1899-12-30 (it keeps Lotus's phantom 1900-02-29).
    private static final LocalDate SPREADSHEET_EPOCH = LocalDate.of(1899, 12, 30);
    private static final Map<String, DataClass> DATA_ALIASES = Map.of("pii", DataClass.PERSONAL,
            "personaldata", DataClass.PERSONAL, "specialcategorydata", DataClass.SPECIAL_CATEGORY,
            "secrets", DataClass.CREDENTIALS, "code", DataClass.SOURCE_CODE, "sourcecode", DataClass.SOURCE_CODE,
            "specialcategory", DataClass.SPECIAL_CATEGORY);

    private InventoryValues() {
    }

    /** ISO dates (also the date of an ISO date-time) or spreadsheet day numbers; blank is null. */
    static LocalDate date(String text) {
        if (text.isEmpty()) return null;
        if (text.matches("\\d{1,7}(\\.\\d+)?")) {
            double serial = Double.parseDouble(text);
            if (serial < 1 || serial > 2_958_465) throw new IllegalArgumentException("'" + text + "' is not a date");
            return SPREADSHEET_EPOCH.plusDays((long) Math.floor(serial));
        }
        try {
            return LocalDate.parse(text.length() > 10 && text.charAt(10) == 'T' ? text.substring(0, 10) : text);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("'" + text + "' is not a date (use an ISO date like 2026-11-23)");
        }
    }

    static Integer users(String text) {
        if (text.isEmpty()) return null;
        String t = text.endsWith(".0") ? text.substring(0, text.length() - 2) : text;
        try {
            int n = Integer.parseInt(t.replace(",", "").replace(" ", ""));
            if (n < 0) throw new IllegalArgumentException("must not be negative: " + text);
            return n;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + text + "' is not a whole number");
        }
    }

    static Set<DataClass> dataClasses(String text) {
        Set<DataClass> out = EnumSet.noneOf(DataClass.class);
        for (String part : text.split("[;,]")) {
            String key = InventoryField.normalise(part);
            if (key.isEmpty()) continue;
            DataClass found = DATA_ALIASES.get(key);
            if (found == null) {
                for (DataClass c : DataClass.values()) {
                    if (InventoryField.normalise(c.name()).equals(key)) found = c;
                }
            }
            if (found == null) {
                throw new IllegalArgumentException("unknown data class '" + part.strip() + "' (known: "
                        + String.join(", ", java.util.Arrays.stream(DataClass.values())
                        .map(c -> c.name().toLowerCase(Locale.ROOT).replace('_', ' ')).toList()) + ")");
            }
            out.add(found);
        }
        return out;
    }

    /** Blank means the import itself found it; otherwise the kind of discovery, loosely named. */
    static DiscoverySource source(String text) {
        String key = InventoryField.normalise(text);
        if (key.isEmpty() || key.equals("import")) return DiscoverySource.IMPORT;
        if (key.contains("casb")) return DiscoverySource.CASB_LOG;
        if (key.contains("browser") || key.contains("extension")) return DiscoverySource.BROWSER_EXTENSION_SCAN;
        if (key.contains("api") || key.contains("outbound") || key.contains("proxy") || key.contains("egress")) {
            return DiscoverySource.OUTBOUND_API_MONITORING;
        }
        if (key.equals("manual")) return DiscoverySource.MANUAL;
        throw new IllegalArgumentException("unknown discovery source '" + text
                + "' (use CASB log, outbound API monitoring, browser extension scan, manual or import)");
    }
}
