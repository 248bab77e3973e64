package dev.steward.app.pack;

/** Short names for the frameworks where space is tight: dashboard bars, PDF bars, sheet names. */
public final class FrameworkNames {
    private FrameworkNames() {
    }

    public static String shortName(String id, String fullName) {
        return switch (id) {
            case "nist-ai-rmf-1.0" -> "NIST AI RMF 1.0";
            case "iso-iec-42001-2023" -> "ISO/IEC 42001";
            case "eu-ai-act-2024-1689" -> "EU AI Act";
            default -> fullName.length() <= 28 ? fullName : fullName.substring(0, 27) + "…";
        };
    }
}
