package dev.steward.export.xlsx;

/**
 * Text as it may go into a cell. A value that begins with = + - @, a tab or a carriage return
 * would be taken as a formula by Excel or LibreOffice once edited or saved as CSV (formula
 * injection), so it gets a leading apostrophe: visible, harmless, and what OWASP recommends.
 */
public final class CellText {
    /** Excel's limit for one cell. */
    static final int MAX = 32_767;

    private CellText() {
    }

    public static String neutralise(String text) {
        if (text == null || text.isEmpty()) return text;
        char c = text.charAt(0);
        String safe = (c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r') ? "'" + text : text;
        return safe.length() > MAX ? safe.substring(0, MAX - 1) + "…" : safe;
    }
}
