package dev.steward.domain;

/** Control to framework clause, with how their scopes relate and why. */
public record Mapping(String id, String controlId, String frameworkId, String clauseRef, Relation relation, String rationale)
        implements Entity {

    public Mapping {
        Ids.require(Ids.MAPPING, id, "mapping id");
        Ids.require(Ids.CONTROL, controlId, "mapping controlId");
        Check.text(frameworkId, "mapping frameworkId");
        if (frameworkId.chars().anyMatch(Character::isWhitespace)) {
            throw new IllegalArgumentException("mapping frameworkId must not contain spaces: '" + frameworkId + "'");
        }
        Check.text(clauseRef, "mapping clauseRef");
        Check.notNull(relation, "mapping relation");
    }
}
