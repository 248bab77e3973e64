package dev.steward.domain;

import java.time.Duration;

/**
 * Register-wide limits the policy checks apply; a singleton stored under {@link #ID}. A register
 * without one uses {@link #defaults()}: tokens live at most 24 hours, credentials rotate every 90 days.
 */
public record PolicyLimits(String id, Duration maxTokenLifetime, int maxCredentialAgeDays) implements Entity {
    public static final String ID = "default";

    public PolicyLimits {
        if (!ID.equals(id)) throw new IllegalArgumentException("policy limits id must be '" + ID + "': '" + id + "'");
        Check.notNull(maxTokenLifetime, "policy maxTokenLifetime");
        if (maxTokenLifetime.isZero() || maxTokenLifetime.isNegative()) {
            throw new IllegalArgumentException("policy maxTokenLifetime must be positive: " + maxTokenLifetime);
        }
        Check.range(maxCredentialAgeDays, 1, 3650, "policy maxCredentialAgeDays");
    }

    public static PolicyLimits defaults() {
        return new PolicyLimits(ID, Duration.ofHours(24), 90);
    }
}
