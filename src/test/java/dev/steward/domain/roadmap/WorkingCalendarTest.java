package dev.steward.domain.roadmap;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WorkingCalendarTest {
    static final WorkingCalendar CAL = WorkingCalendar.mondayToFriday();
    static final LocalDate FRI = LocalDate.of(2026, 9, 11);
    static final LocalDate SAT = FRI.plusDays(1);
    static final LocalDate MON = FRI.plusDays(3);

    @Test
    void weekendsAreNotWorkingDaysAndRollForwardOrBack() {
        assertThat(CAL.isWorkingDay(FRI)).isTrue();
        assertThat(CAL.isWorkingDay(SAT)).isFalse();
        assertThat(CAL.onOrAfter(SAT)).isEqualTo(MON);
        assertThat(CAL.onOrBefore(SAT)).isEqualTo(FRI);
        assertThat(CAL.onOrAfter(FRI)).isEqualTo(FRI);
    }

    @Test
    void addsWorkingDaysAcrossWeekendsBothWays() {
        assertThat(CAL.plus(FRI, 1)).isEqualTo(MON);
        assertThat(CAL.plus(MON, -1)).isEqualTo(FRI);
        assertThat(CAL.plus(FRI, 5)).isEqualTo(LocalDate.of(2026, 9, 18));
        assertThat(CAL.plus(SAT, 0)).isEqualTo(MON);
        assertThat(CAL.plus(MON, -6)).isEqualTo(LocalDate.of(2026, 9, 4));
    }

    @Test
    void durationsCountBothEndsInWorkingDays() {
        LocalDate mon = LocalDate.of(2026, 9, 7);
        assertThat(CAL.finish(mon, 5)).isEqualTo(FRI);
        assertThat(CAL.finish(mon, 10)).isEqualTo(LocalDate.of(2026, 9, 18));
        assertThat(CAL.finish(FRI, 2)).isEqualTo(MON);
        assertThat(CAL.duration(mon, FRI)).isEqualTo(5);
        assertThat(CAL.duration(FRI, MON)).isEqualTo(2);
        assertThat(CAL.duration(mon, mon)).isEqualTo(1);
        assertThatThrownBy(() -> CAL.finish(mon, 0)).hasMessageContaining("at least one working day");
    }

    @Test
    void betweenIsSignedAndSkipsWeekends() {
        assertThat(CAL.between(FRI, MON)).isEqualTo(1);
        assertThat(CAL.between(MON, FRI)).isEqualTo(-1);
        assertThat(CAL.between(FRI, SAT)).isEqualTo(1); // Saturday counts as the Monday after
        assertThat(CAL.between(FRI, FRI.plusWeeks(2))).isEqualTo(10);
        assertThat(CAL.between(FRI, FRI)).isZero();
    }

    @Test
    void holidaysAreSkippedToo() {
        WorkingCalendar withHoliday = CAL.withHolidays(List.of(MON));
        assertThat(withHoliday.isWorkingDay(MON)).isFalse();
        assertThat(withHoliday.plus(FRI, 1)).isEqualTo(MON.plusDays(1));
        assertThat(withHoliday.duration(FRI, MON.plusDays(1))).isEqualTo(2);
        assertThat(CAL.isWorkingDay(MON)).as("the original calendar is unchanged").isTrue();
    }
}
