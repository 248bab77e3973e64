package dev.steward.ui.controls;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Short catalog names for lines and choosers ("ISO/IEC 42001:2023", "AI RMF 1.0", "EU Artificial Intelligence Act"). */
public final class CatalogNames {
    private static final Pattern PAREN = Pattern.compile("\\(([^()]{3,30})\\)");

    private CatalogNames() {
    }

    public static String shortName(String name) {
        int iso = name.indexOf(" Information technology");
        if (iso > 0) return name.substring(0, iso);
        String last = null;
        Matcher m = PAREN.matcher(name);
        while (m.find()) last = m.group(1);
        if (last != null && !last.equals("EU")) return (name.startsWith("Regulation (EU)") ? "EU " : "") + last;
        name = name.replaceAll("\\s*\\([^()]{31,}\\)", ""); // a long expansion in brackets adds nothing to a label
        for (String cut : new String[] {" - ", ": "}) {
            int i = name.indexOf(cut);
            if (i > 0) name = name.substring(0, i);
        }
        return name.length() <= 40 ? name : name.substring(0, 39) + "…";
    }
}
