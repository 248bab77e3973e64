package dev.steward.export.xlsx;

/**
 * How many lines a wrapped cell needs, so its row can be made that tall. Excel and LibreOffice keep
 * a streamed row at the default height, and a wrapped description then runs over the rows below it
 * (seen in LibreOffice's print of the workbook); neither measures text when it opens a file.
 * The estimate counts characters against the column's width, which Excel measures in widths of the
 * digit 0; running text averages narrower (≈ 1.15 characters per unit in LibreOffice's print of the
 * workbook), and line ends start new lines.
 */
final class WrappedLines {
    /** Points per line of the default 11-point font, the height Excel gives a one-line row. */
    static final float POINTS_PER_LINE = 15f;
    /** A row taller than this stops growing: a very long text is still all there, in the cell. */
    static final int MAX_LINES = 15;

    private WrappedLines() {
    }

    /** Lines that {@code text} takes in a column {@code width} characters wide (at least one). */
    static int lines(String text, int width) {
        if (text == null || text.isEmpty()) return 1;
        int usable = Math.max(1, (int) (width * 1.15) - 1); // less a character's worth of cell padding
        int lines = 0;
        for (String paragraph : text.split("\n", -1)) {
            lines += Math.max(1, (paragraph.length() + usable - 1) / usable);
            if (lines >= MAX_LINES) return MAX_LINES;
        }
        return lines;
    }

    /** The row height for {@code lines} lines. */
    static float points(int lines) {
        return Math.min(lines, MAX_LINES) * POINTS_PER_LINE;
    }
}
