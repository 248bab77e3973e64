package dev.steward.domain;

import java.time.LocalDate;

/** A formal, time-limited acceptance of a risk above tolerance; valid from date through expiry inclusive. */
public record RiskAcceptance(String approverId, LocalDate date, LocalDate expiry) {
    public RiskAcceptance {
        Ids.require(Ids.PERSON, approverId, "risk acceptance approverId");
        Check.notNull(date, "risk acceptance date");
        Check.notNull(expiry, "risk acceptance expiry");
        if (!expiry.isAfter(date)) {
            throw new IllegalArgumentException("risk acceptance expiry must be after its date: " + date + " .. " + expiry);
        }
    }

    public boolean isValidOn(LocalDate day) {
        return !day.isBefore(date) && !day.isAfter(expiry);
    }
}
