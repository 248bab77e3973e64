package dev.steward.domain.roadmap;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which days are working days (Monday to Friday by default, minus any holidays) and arithmetic
 * over them. A task's duration is counted in working days, both ends included.
 */
public final class WorkingCalendar {
    private static final Set<DayOfWeek> WEEKEND = EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);

    private final Set<LocalDate> holidays;

    private WorkingCalendar(Collection<LocalDate> holidays) {
        this.holidays = new TreeSet<>(holidays);
    }

    public static WorkingCalendar mondayToFriday() {
        return new WorkingCalendar(Set.of());
    }

    public WorkingCalendar withHolidays(Collection<LocalDate> more) {
        Set<LocalDate> all = new TreeSet<>(holidays);
        all.addAll(more);
        return new WorkingCalendar(all);
    }

    public boolean isWorkingDay(LocalDate day) {
        return !WEEKEND.contains(day.getDayOfWeek()) && !holidays.contains(day);
    }

    /** The day itself when it is a working day, else the next working day. */
    public LocalDate onOrAfter(LocalDate day) {
        LocalDate d = day;
        while (!isWorkingDay(d)) d = d.plusDays(1);
        return d;
    }

    public LocalDate onOrBefore(LocalDate day) {
        LocalDate d = day;
        while (!isWorkingDay(d)) d = d.minusDays(1);
        return d;
    }

    /** {@code n} working days after (negative: before) the working day on or after {@code day}. */
    public LocalDate plus(LocalDate day, int n) {
        LocalDate d = onOrAfter(day);
        int step = n >= 0 ? 1 : -1;
        for (int left = Math.abs(n); left > 0; ) {
            d = d.plusDays(step);
            if (isWorkingDay(d)) left--;
        }
        return d;
    }

    /** The last day of work that starts on {@code start} and lasts {@code days} working days (at least one). */
    public LocalDate finish(LocalDate start, int days) {
        if (days < 1) throw new IllegalArgumentException("a duration must be at least one working day: " + days);
        return plus(start, days - 1);
    }

    /** Working days from {@code start} to {@code due}, both included; at least one. */
    public int duration(LocalDate start, LocalDate due) {
        return Math.max(1, between(start, due) + 1);
    }

    /**
     * Signed working-day distance: how many working days to step from (the working day on or after)
     * {@code from} to reach (the working day on or after) {@code to}.
     */
    public int between(LocalDate from, LocalDate to) {
        LocalDate a = onOrAfter(from);
        LocalDate b = onOrAfter(to);
        if (a.equals(b)) return 0;
        boolean forward = b.isAfter(a);
        LocalDate lo = forward ? a : b;
        LocalDate hi = forward ? b : a;
        int count = 0;
        for (LocalDate d = lo.plusDays(1); !d.isAfter(hi); d = d.plusDays(1)) {
            if (isWorkingDay(d)) count++;
        }
        return forward ? count : -count;
    }
}
