package dev.steward.domain;

import java.time.LocalDate;
import java.util.Optional;

/** When the agent was last reviewed and how often it must be; the next due date is derived, never stored. */
public record ReviewSchedule(LocalDate lastReview, int cadenceMonths) {
    public ReviewSchedule {
        Check.range(cadenceMonths, 1, 36, "review cadence months");
    }

    /** Riskier tiers are reviewed more often; an unclassified agent gets the cautious quarterly cadence. */
    public static int defaultCadenceMonths(AiActRiskTier tier) {
        if (tier == null) {
            return 3;
        }
        return switch (tier) {
            case PROHIBITED -> 1;
            case HIGH_RISK -> 3;
            case LIMITED, GENERAL_PURPOSE -> 6;
            case MINIMAL -> 12;
        };
    }

    /**
     * The tier's cadence, tightened for agents that act alone: an agent acting under monitoring is
     * looked at at least every six months, one acting alone at least quarterly.
     */
    public static int defaultCadenceMonths(AiActRiskTier tier, AutonomyLevel autonomy) {
        int base = defaultCadenceMonths(tier);
        if (autonomy == AutonomyLevel.ACTS_ALONE) return Math.min(base, 3);
        if (autonomy == AutonomyLevel.ACTS_ALONE_MONITORED) return Math.min(base, 6);
        return base;
    }

    public static ReviewSchedule forTierAndAutonomy(AiActRiskTier tier, AutonomyLevel autonomy, LocalDate lastReview) {
        return new ReviewSchedule(lastReview, defaultCadenceMonths(tier, autonomy));
    }

    public static ReviewSchedule forTier(AiActRiskTier tier, LocalDate lastReview) {
        return new ReviewSchedule(lastReview, defaultCadenceMonths(tier));
    }

    /** Empty when never reviewed. */
    public Optional<LocalDate> nextDue() {
        return Optional.ofNullable(lastReview).map(d -> d.plusMonths(cadenceMonths));
    }

    /** Never reviewed counts as overdue: an agent nobody has looked at is the case to catch. */
    public boolean isOverdue(LocalDate today) {
        return nextDue().map(today::isAfter).orElse(true);
    }

    public ReviewSchedule reviewedOn(LocalDate day) {
        return new ReviewSchedule(day, cadenceMonths);
    }
}
