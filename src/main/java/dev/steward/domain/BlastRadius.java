package dev.steward.domain;

/** How much damage the agent could do if it went wrong: 1 (contained) to 5 (enterprise-wide). */
public record BlastRadius(int rating, String text) {
    public BlastRadius {
        Check.range(rating, 1, 5, "blast radius rating");
    }
}
