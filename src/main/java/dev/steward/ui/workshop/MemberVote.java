package dev.steward.ui.workshop;

import dev.steward.domain.Person;

/** One present member's vote in progress: likelihood first, then impact; null until typed. */
public record MemberVote(Person member, Integer likelihood, Integer impact) {
    public boolean complete() {
        return likelihood != null && impact != null;
    }

    /** "4 × 5 = 20", "4 × …" or "waiting". */
    public String describe() {
        if (likelihood == null) return "waiting";
        if (impact == null) return likelihood + " × …";
        return likelihood + " × " + impact + " = " + likelihood * impact;
    }
}
