package dev.steward.domain;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/** Guard rails at run time: spend per month, call rate, and preconditions checked before acting. */
public record RuntimeLimits(BigDecimal monthlyBudget, String currency, Integer rateLimitPerMinute,
                            String safetyPreconditions) {

    private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");

    public RuntimeLimits {
        if (monthlyBudget != null) {
            if (monthlyBudget.signum() < 0) {
                throw new IllegalArgumentException("runtime monthly budget must not be negative: " + monthlyBudget);
            }
            if (currency == null || !CURRENCY.matcher(currency).matches()) {
                throw new IllegalArgumentException("runtime currency must be an ISO 4217 code like EUR when a budget is set: '" + currency + "'");
            }
        }
        if (rateLimitPerMinute != null && rateLimitPerMinute <= 0) {
            throw new IllegalArgumentException("runtime rate limit per minute must be positive: " + rateLimitPerMinute);
        }
    }

    public static RuntimeLimits none() {
        return new RuntimeLimits(null, null, null, null);
    }
}
