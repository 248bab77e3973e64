package dev.steward.domain;

/** One grant an agent's identity holds on a system. */
public record Privilege(String system, AccessLevel accessLevel) {
    public Privilege {
        Check.text(system, "privilege system");
        Check.notNull(accessLevel, "privilege access level");
    }
}
