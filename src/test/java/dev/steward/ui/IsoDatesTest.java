package dev.steward.ui;

import javafx.util.StringConverter;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** Date fields show and take ISO dates; a mistyped date never clears the one that was there. */
class IsoDatesTest {
    private static final LocalDate SHOWN = LocalDate.of(2026, 11, 10);
    private final StringConverter<LocalDate> converter = IsoDates.converter(() -> SHOWN);

    @Test
    void showsAndReadsIsoDates() {
        assertThat(converter.toString(LocalDate.of(2026, 3, 4))).isEqualTo("2026-03-04");
        assertThat(converter.fromString(" 2026-03-04 ")).isEqualTo(LocalDate.of(2026, 3, 4));
        assertThat(converter.toString(null)).isEmpty();
    }

    @Test
    void takesTheYearFirstWithShortMonthsAndDaysOrOtherSeparators() {
        assertThat(converter.fromString("2026-3-4")).isEqualTo(LocalDate.of(2026, 3, 4));
        assertThat(converter.fromString("2026/03/04")).isEqualTo(LocalDate.of(2026, 3, 4));
        assertThat(converter.fromString("2026.3.04")).isEqualTo(LocalDate.of(2026, 3, 4));
    }

    @Test
    void blankClearsTheDate() {
        assertThat(converter.fromString("")).isNull();
        assertThat(converter.fromString("   ")).isNull();
    }

    @Test
    void textThatIsNotAnIsoDateKeepsTheDateShown() {
        assertThat(converter.fromString("11/10/2026")).isEqualTo(SHOWN);
        assertThat(converter.fromString("2026-02-30")).isEqualTo(SHOWN);
        assertThat(converter.fromString("next Tuesday")).isEqualTo(SHOWN);
    }
}
