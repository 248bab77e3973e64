package dev.steward.domain;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

/** The agent as a non-human identity: its account, credentials and what they can reach. */
public record AgentIdentity(String serviceAccount, String credentialType, Duration tokenLifetime,
                            LocalDate lastCredentialRotation, boolean humanEquivalentPrivileges,
                            List<Privilege> privileges) {

    public AgentIdentity {
        if (tokenLifetime != null && (tokenLifetime.isZero() || tokenLifetime.isNegative())) {
            throw new IllegalArgumentException("identity token lifetime must be positive: " + tokenLifetime);
        }
        privileges = Check.list(privileges, "identity privileges");
    }

    /** Nothing known yet (typical for shadow tools found in logs). */
    public static AgentIdentity unknown() {
        return new AgentIdentity(null, null, null, null, false, List.of());
    }

    public boolean tokenLongerThan(Duration limit) {
        return tokenLifetime != null && tokenLifetime.compareTo(limit) > 0;
    }

    public boolean hasAdminAnywhere() {
        return privileges.stream().anyMatch(p -> p.accessLevel() == AccessLevel.ADMIN);
    }
}
