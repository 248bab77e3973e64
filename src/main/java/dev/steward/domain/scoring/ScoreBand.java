package dev.steward.domain.scoring;

/** A named range of scores (from..to inclusive) drawn in one colour: "High 10-16, orange". */
public record ScoreBand(String name, int from, int to, BandColour colour) {
    public ScoreBand {
        if (name == null || name.isBlank()) throw new IllegalArgumentException("score band name is required");
        name = name.strip();
        if (from < 1 || to < from) {
            throw new IllegalArgumentException("score band '" + name + "' must run from 1 or more up to at least its start: "
                    + from + "-" + to);
        }
        if (colour == null) throw new IllegalArgumentException("score band '" + name + "' needs a colour");
    }

    public boolean contains(int score) {
        return score >= from && score <= to;
    }

    /** "High 10-16" */
    public String describe() {
        return name + " " + from + "-" + to;
    }
}
