package dev.steward.app.pack;

/**
 * The default 5×5 bands of DESIGN.md (Low 1-4, Medium 5-9, High 10-16, Critical 20-25), used by
 * the summary until a register defines its own matrix.
 */
public final class RiskBands {
    private RiskBands() {
    }

    public static String bandOf(int score) {
        if (score >= 20) return "Critical";
        if (score >= 10) return "High";
        if (score >= 5) return "Medium";
        return "Low";
    }

    public static final java.util.List<String> ORDER = java.util.List.of("Critical", "High", "Medium", "Low");
}
