package dev.steward.domain.roadmap;

import dev.steward.domain.RecurringActivity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * The dated occurrences of recurring activities. Dates count from the first date (the 31st stays
 * the 31st where the month has one, never drifting to the 28th), then move to the next working day.
 */
public final class Recurrence {
    private static final int MAX_OCCURRENCES = 10_000;

    private final WorkingCalendar calendar;

    public Recurrence(WorkingCalendar calendar) {
        this.calendar = calendar;
    }

    /** The activity's occurrences falling in [from, to], numbered from its first occurrence (1). */
    public List<Occurrence> between(RecurringActivity a, LocalDate from, LocalDate to) {
        List<Occurrence> out = new ArrayList<>();
        for (int k = 0; k < MAX_OCCURRENCES; k++) {
            LocalDate nominal = nominal(a, k);
            if (nominal.isAfter(to) || (a.until() != null && nominal.isAfter(a.until()))) break;
            LocalDate day = calendar.onOrAfter(nominal);
            if (!day.isBefore(from) && !day.isAfter(to)) {
                out.add(new Occurrence(a.id(), a.title(), day, a.ownerId(), k + 1));
            }
        }
        return out;
    }

    /** Every activity's occurrences in [from, to], by date then title. */
    public List<Occurrence> between(Collection<RecurringActivity> activities, LocalDate from, LocalDate to) {
        List<Occurrence> out = new ArrayList<>();
        activities.forEach(a -> out.addAll(between(a, from, to)));
        out.sort(Comparator.comparing(Occurrence::date).thenComparing(Occurrence::title));
        return out;
    }

    /** The first occurrence on or after {@code day}, if the activity still runs then. */
    public java.util.Optional<Occurrence> next(RecurringActivity a, LocalDate day) {
        return between(a, day, day.plusYears(2)).stream().findFirst();
    }

    private static LocalDate nominal(RecurringActivity a, int k) {
        return a.cadence().months() == 0 ? a.firstDate().plusWeeks(k)
                : a.firstDate().plusMonths((long) a.cadence().months() * k);
    }
}
