package dev.steward.domain;

/** How far an agent may act without a human: level 0 (suggests only) to 4 (acts alone). */
public enum AutonomyLevel {
    SUGGESTS_ONLY(0, "Suggests only"),
    HUMAN_APPROVES_EVERY_ACTION(1, "Human approves every action"),
    HUMAN_APPROVES_HIGH_IMPACT(2, "Human approves high-impact actions"),
    ACTS_ALONE_MONITORED(3, "Acts alone under monitoring"),
    ACTS_ALONE(4, "Acts alone");

    private final int level;
    private final String label;

    AutonomyLevel(int level, String label) {
        this.level = level;
        this.label = label;
    }

    public int level() {
        return level;
    }

    public String label() {
        return label;
    }

    public static AutonomyLevel ofLevel(int level) {
        for (AutonomyLevel a : values()) {
            if (a.level == level) {
                return a;
            }
        }
        throw new IllegalArgumentException("autonomy level must be between 0 and 4: " + level);
    }
}
