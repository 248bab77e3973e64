package dev.steward.domain;

/** What a piece of evidence supports: entity type (e.g. "Control") and its id. */
public record EvidenceLink(String entityType, String entityId) {
    public EvidenceLink {
        Check.text(entityType, "evidence link entityType");
        Check.text(entityId, "evidence link entityId");
    }

    public static EvidenceLink to(Entity entity) {
        return new EvidenceLink(entity.getClass().getSimpleName(), entity.id());
    }
}
