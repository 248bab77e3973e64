package dev.steward.domain;

import java.time.LocalDate;

/** The three phases of the 90-day governance roadmap, by week of the plan (week 1 starts on the plan's start date). */
public enum Phase {
    FOUNDATION("Foundation", 1, 4),
    FRAMEWORK_SELECTION("Framework selection", 5, 8),
    DEPLOYMENT_AND_PILOTS("Deployment and pilots", 9, 12);

    private final String label;
    private final int firstWeek;
    private final int lastWeek;

    Phase(String label, int firstWeek, int lastWeek) {
        this.label = label;
        this.firstWeek = firstWeek;
        this.lastWeek = lastWeek;
    }

    public String label() {
        return label;
    }

    public int firstWeek() {
        return firstWeek;
    }

    public int lastWeek() {
        return lastWeek;
    }

    /** "Weeks 1-4 Foundation". */
    public String title() {
        return "Weeks " + firstWeek + "-" + lastWeek + " " + label;
    }

    public LocalDate startDate(LocalDate planStart) {
        return planStart.plusWeeks(firstWeek - 1L);
    }

    /** The last day of the phase (inclusive). */
    public LocalDate endDate(LocalDate planStart) {
        return planStart.plusWeeks(lastWeek).minusDays(1);
    }

    public static Phase ofWeek(int week) {
        for (Phase p : values()) {
            if (week >= p.firstWeek && week <= p.lastWeek) {
                return p;
            }
        }
        throw new IllegalArgumentException("roadmap week must be between 1 and 12: " + week);
    }
}
