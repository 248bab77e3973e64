package dev.steward.domain;

import java.util.regex.Pattern;

/** A human in the register: committee member, agent owner, approver, investigator. */
public record Person(String id, String name, String title, String department, String email, CommitteeRole committeeRole)
        implements Entity {

    // Deliberately loose: one @, something on both sides, a dot in the domain, no spaces.
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    public Person {
        Ids.require(Ids.PERSON, id, "person id");
        Check.text(name, "person name");
        if (email != null && !email.isBlank() && !EMAIL.matcher(email).matches()) {
            throw new IllegalArgumentException("person email does not look like an e-mail address: '" + email + "'");
        }
        if (email != null && email.isBlank()) {
            email = null;
        }
        committeeRole = committeeRole == null ? CommitteeRole.NONE : committeeRole;
    }

    public static Person of(String id, String name) {
        return new Person(id, name, null, null, null, CommitteeRole.NONE);
    }

    public boolean sitsOnCommittee() {
        return committeeRole != CommitteeRole.NONE;
    }
}
