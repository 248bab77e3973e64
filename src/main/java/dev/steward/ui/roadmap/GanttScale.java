package dev.steward.ui.roadmap;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** Dates to x positions and back: one column per day, {@code pixelsPerDay} wide, from {@code first}. */
record GanttScale(LocalDate first, LocalDate last, double left, double pixelsPerDay) {

    double x(LocalDate day) {
        return left + ChronoUnit.DAYS.between(first, day) * pixelsPerDay;
    }

    /** The right edge of a day (a bar ending on its due date covers the whole day). */
    double xEnd(LocalDate day) {
        return x(day) + pixelsPerDay;
    }

    double width() {
        return xEnd(last);
    }

    /** How many whole days a drag of {@code dx} pixels is, rounded to the nearest day. */
    long days(double dx) {
        return Math.round(dx / pixelsPerDay);
    }
}
