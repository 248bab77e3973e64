package dev.steward.domain;

/** One committee member's likelihood and impact for the risk on screen. */
public record WorkshopVote(String personId, Rating rating) {
    public WorkshopVote {
        Ids.require(Ids.PERSON, personId, "workshop vote personId");
        Check.notNull(rating, "workshop vote rating");
    }
}
