package dev.steward.export.xlsx;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class WrappedLinesTest {
    @Test
    void countsLinesByWidthAndLineEnds() {
        assertThat(WrappedLines.lines(null, 30)).isEqualTo(1);
        assertThat(WrappedLines.lines("short", 30)).isEqualTo(1);
        // a 30-wide column holds 33 characters of running text a line
        assertThat(WrappedLines.lines("x".repeat(33), 30)).isEqualTo(1);
        assertThat(WrappedLines.lines("x".repeat(34), 30)).isEqualTo(2);
        assertThat(WrappedLines.lines("one\ntwo\n\nfour", 30)).isEqualTo(4);
    }

    @Test
    void aVeryLongTextStopsTheRowGrowing() {
        assertThat(WrappedLines.lines("x".repeat(100_000), 30)).isEqualTo(WrappedLines.MAX_LINES);
        assertThat(WrappedLines.points(2)).isEqualTo(30f);
        assertThat(WrappedLines.points(400)).isEqualTo(WrappedLines.MAX_LINES * WrappedLines.POINTS_PER_LINE);
    }
}
