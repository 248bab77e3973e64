package dev.steward.domain;

import java.time.LocalDate;

/**
 * Whether a framework clause applies to the organisation, and why: the basis of "not applicable" in
 * coverage and of the justification column of the ISO 42001 Statement of Applicability. One per clause;
 * its id is {@link #idFor(String, String)}.
 */
public record ClauseApplicability(String id, String frameworkId, String clauseRef, boolean applicable,
                                  String justification, String decidedBy, LocalDate decidedOn) implements Entity {

    public ClauseApplicability {
        Check.text(frameworkId, "applicability frameworkId");
        Check.text(clauseRef, "applicability clauseRef");
        if (!idFor(frameworkId, clauseRef).equals(id)) {
            throw new IllegalArgumentException("applicability id must be '" + idFor(frameworkId, clauseRef) + "': '" + id + "'");
        }
        justification = justification == null ? "" : justification.strip();
        if (!applicable && justification.isEmpty()) {
            throw new IllegalArgumentException("a clause excluded as not applicable needs a justification: " + clauseRef);
        }
    }

    public static String idFor(String frameworkId, String clauseRef) {
        return frameworkId + ":" + clauseRef;
    }

    public static ClauseApplicability of(String frameworkId, String clauseRef, boolean applicable, String justification,
                                         String decidedBy, LocalDate decidedOn) {
        return new ClauseApplicability(idFor(frameworkId, clauseRef), frameworkId, clauseRef, applicable, justification,
                decidedBy, decidedOn);
    }
}
