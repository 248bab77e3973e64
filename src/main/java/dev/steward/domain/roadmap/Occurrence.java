package dev.steward.domain.roadmap;

import java.time.LocalDate;

/** One dated occurrence of a recurring activity: the third monthly committee meeting, on 10 March. */
public record Occurrence(String activityId, String title, LocalDate date, String ownerId, int number) {
}
