package dev.steward.app;

/**
 * Who makes the edits: the operating-system user and, when chosen in the app, the committee
 * member's name. Mutable because the member can be chosen after the register is open.
 */
public final class Actor {
    private final String osUser;
    private volatile String memberName;

    public Actor(String osUser, String memberName) {
        this.osUser = osUser == null || osUser.isBlank() ? "unknown" : osUser;
        this.memberName = memberName;
    }

    public static Actor fromEnvironment() {
        return new Actor(System.getProperty("user.name"), null);
    }

    public void chooseMember(String name) {
        this.memberName = name == null || name.isBlank() ? null : name.strip();
    }

    public String osUser() {
        return osUser;
    }

    /** "jdoe" or "jdoe (Zoë Łukasiewicz)": the form stored in the change log. */
    public String describe() {
        return memberName == null ? osUser : osUser + " (" + memberName + ")";
    }
}
