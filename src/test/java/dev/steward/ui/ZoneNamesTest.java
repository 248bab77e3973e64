package dev.steward.ui;

import org.junit.jupiter.api.Test;

import java.time.ZoneId;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

/** Column headers name the zone their times are in, readably. */
class ZoneNamesTest {

    @Test
    void fixedOffsetsReadAsUtcPlusOrMinus() {
        assertThat(ZoneNames.of(ZoneOffset.UTC)).isEqualTo("UTC");
        assertThat(ZoneNames.of(ZoneId.of("Etc/UTC"))).isEqualTo("UTC");
        assertThat(ZoneNames.of(ZoneOffset.ofHoursMinutes(5, 30))).isEqualTo("UTC+05:30");
        assertThat(ZoneNames.of(ZoneOffset.ofHours(-3))).isEqualTo("UTC-03:00");
    }

    @Test
    void regionsReadAsTheirIdWhichHoldsSummerAndWinterTime() {
        assertThat(ZoneNames.of(ZoneId.of("Europe/Berlin"))).isEqualTo("Europe/Berlin");
        assertThat(ZoneNames.of(ZoneId.of("Asia/Kolkata"))).isEqualTo("Asia/Kolkata");
    }

    @Test
    void aHeaderKeepsAShortZoneOnItsLineAndPutsARegionOnTheNext() {
        assertThat(ZoneNames.header("When", "UTC")).isEqualTo("When (UTC)");
        assertThat(ZoneNames.header("When", "UTC+05:30")).isEqualTo("When (UTC+05:30)");
        assertThat(ZoneNames.header("Detected", "Europe/Berlin")).isEqualTo("Detected\nEurope/Berlin");
    }
}
