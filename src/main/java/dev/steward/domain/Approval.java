package dev.steward.domain;

import java.time.LocalDate;

/** A committee decision on an agent, a risk acceptance or a control exception; valid through expiry inclusive. */
public record Approval(
        String id,
        ApprovalSubject subject,
        String subjectId,
        String requestedById,
        String approverId,
        Decision decision,
        String conditions,
        LocalDate requestedOn,
        LocalDate decidedOn,
        LocalDate expiry) implements Entity {

    public Approval {
        Ids.require(Ids.APPROVAL, id, "approval id");
        Check.notNull(subject, "approval subject");
        Ids.require(subject.subjectPrefix(), subjectId, "approval subjectId");
        Ids.require(Ids.PERSON, requestedById, "approval requestedById");
        Ids.optional(Ids.PERSON, approverId, "approval approverId");
        decision = decision == null ? Decision.PENDING : decision;
        Check.notNull(requestedOn, "approval requestedOn");
        if (decision == Decision.PENDING) {
            if (decidedOn != null) {
                throw new IllegalArgumentException("approval decidedOn must be empty while the decision is PENDING");
            }
        } else {
            requireDecided(decision, requestedById, approverId, requestedOn, decidedOn);
        }
        if (decision == Decision.CONDITIONAL && (conditions == null || conditions.isBlank())) {
            throw new IllegalArgumentException("approval conditions are required when the decision is CONDITIONAL");
        }
        LocalDate from = decidedOn != null ? decidedOn : requestedOn;
        if (expiry != null && !expiry.isAfter(from)) {
            throw new IllegalArgumentException("approval expiry must be after " + from + ": " + expiry);
        }
    }

    // Segregation of duties: nobody approves their own request.
    private static void requireDecided(Decision decision, String requestedById, String approverId,
                                       LocalDate requestedOn, LocalDate decidedOn) {
        Check.notNull(approverId, "approval approverId for a " + decision + " decision");
        if (approverId.equals(requestedById)) {
            throw new IllegalArgumentException("approval approverId must differ from requestedById (segregation of duties): '" + approverId + "'");
        }
        Check.notNull(decidedOn, "approval decidedOn for a " + decision + " decision");
        if (decidedOn.isBefore(requestedOn)) {
            throw new IllegalArgumentException("approval decidedOn must not be before requestedOn: " + requestedOn + " .. " + decidedOn);
        }
    }

    public static Approval request(String id, ApprovalSubject subject, String subjectId, String requestedById, LocalDate on) {
        return new Approval(id, subject, subjectId, requestedById, null, Decision.PENDING, null, on, null, null);
    }

    /** In force on that day: approved or conditional, decided by then and not yet expired. */
    public boolean isValidOn(LocalDate day) {
        return decision.grants() && !day.isBefore(decidedOn) && (expiry == null || !day.isAfter(expiry));
    }

    public Approval decide(String approver, Decision outcome, String withConditions, LocalDate on, LocalDate until) {
        return new Approval(id, subject, subjectId, requestedById, approver, outcome, withConditions, requestedOn, on, until);
    }
}
