package dev.steward.domain.roadmap;

import dev.steward.domain.Cadence;
import dev.steward.domain.RecurringActivity;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RecurrenceTest {
    static final Recurrence R = new Recurrence(WorkingCalendar.mondayToFriday());

    static RecurringActivity activity(Cadence cadence, String first, String until) {
        return new RecurringActivity("RA-0001", "Committee meeting", null, "P-0001", cadence, LocalDate.parse(first),
                until == null ? null : LocalDate.parse(until), false, null);
    }

    static List<LocalDate> dates(List<Occurrence> occurrences) {
        return occurrences.stream().map(Occurrence::date).toList();
    }

    @Test
    void monthlyKeepsTheDayOfMonthAndMovesWeekendsToMonday() {
        var a = activity(Cadence.MONTHLY, "2027-01-29", null); // a Friday
        var got = R.between(a, LocalDate.parse("2027-01-01"), LocalDate.parse("2027-05-31"));
        assertThat(dates(got)).containsExactly(LocalDate.parse("2027-01-29"), LocalDate.parse("2027-03-01"),
                LocalDate.parse("2027-03-29"), LocalDate.parse("2027-04-29"), LocalDate.parse("2027-05-31"));
        // Feb 28 2027 is a Sunday -> Monday 1 March; 29 May is a Saturday -> 31 May
        assertThat(got).extracting(Occurrence::number).containsExactly(1, 2, 3, 4, 5);
        assertThat(got.get(0).title()).isEqualTo("Committee meeting");
        assertThat(got.get(0).ownerId()).isEqualTo("P-0001");
    }

    @Test
    void endOfMonthDoesNotDriftAfterAShortMonth() {
        var a = activity(Cadence.MONTHLY, "2027-03-31", null);
        assertThat(dates(R.between(a, LocalDate.parse("2027-03-01"), LocalDate.parse("2027-06-30"))))
                .containsExactly(LocalDate.parse("2027-03-31"), LocalDate.parse("2027-04-30"),
                        LocalDate.parse("2027-05-31"), LocalDate.parse("2027-06-30"));
    }

    @Test
    void quarterlyWeeklyAndAnnualCadences() {
        assertThat(dates(R.between(activity(Cadence.QUARTERLY, "2026-12-02", null), LocalDate.parse("2026-12-01"),
                LocalDate.parse("2027-12-31")))).containsExactly(LocalDate.parse("2026-12-02"), LocalDate.parse("2027-03-02"),
                LocalDate.parse("2027-06-02"), LocalDate.parse("2027-09-02"), LocalDate.parse("2027-12-02"));
        assertThat(R.between(activity(Cadence.WEEKLY, "2026-12-01", null), LocalDate.parse("2026-12-01"),
                LocalDate.parse("2026-12-31"))).hasSize(5);
        assertThat(dates(R.between(activity(Cadence.ANNUAL, "2027-12-07", null), LocalDate.parse("2027-01-01"),
                LocalDate.parse("2030-01-01")))).containsExactly(LocalDate.parse("2027-12-07"),
                LocalDate.parse("2028-12-07"), LocalDate.parse("2029-12-07"));
    }

    @Test
    void windowUntilAndNext() {
        var a = activity(Cadence.MONTHLY, "2026-12-08", "2027-02-28");
        assertThat(R.between(a, LocalDate.parse("2027-01-01"), LocalDate.parse("2027-12-31")))
                .extracting(Occurrence::number).containsExactly(2, 3);
        assertThat(R.next(a, LocalDate.parse("2027-01-09"))).get().extracting(Occurrence::date)
                .isEqualTo(LocalDate.parse("2027-02-08"));
        assertThat(R.next(a, LocalDate.parse("2027-02-09"))).isEmpty();
        assertThat(R.between(a, LocalDate.parse("2026-01-01"), LocalDate.parse("2026-11-30"))).isEmpty();
        assertThatThrownBy(() -> activity(Cadence.MONTHLY, "2027-01-01", "2026-12-31"))
                .hasMessageContaining("activity until must not be before firstDate");
    }

    @Test
    void manyActivitiesComeOutInDateOrder() {
        var monthly = activity(Cadence.MONTHLY, "2027-01-12", null);
        var quarterly = new RecurringActivity("RA-0002", "Access review", null, null, Cadence.QUARTERLY,
                LocalDate.parse("2027-01-06"), null, true, null);
        var got = R.between(List.of(monthly, quarterly), LocalDate.parse("2027-01-01"), LocalDate.parse("2027-02-28"));
        assertThat(got).extracting(Occurrence::activityId).containsExactly("RA-0002", "RA-0001", "RA-0001");
    }
}
