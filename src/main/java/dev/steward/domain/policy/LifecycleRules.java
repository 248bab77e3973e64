package dev.steward.domain.policy;

import dev.steward.domain.Agent;
import dev.steward.domain.Approval;
import dev.steward.domain.ApprovalSubject;
import dev.steward.domain.Lifecycle;
import dev.steward.domain.LifecycleEvent;
import dev.steward.domain.Sanction;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

import static dev.steward.domain.Lifecycle.APPROVED;
import static dev.steward.domain.Lifecycle.DECOMMISSIONED;
import static dev.steward.domain.Lifecycle.PILOT;
import static dev.steward.domain.Lifecycle.PRODUCTION;
import static dev.steward.domain.Lifecycle.PROPOSED;
import static dev.steward.domain.Lifecycle.SUSPENDED;
import static dev.steward.domain.Lifecycle.UNDER_REVIEW;

/**
 * How an agent may move through its lifecycle. Approving it or putting it into pilot or production
 * needs a recorded approval of that agent in force today (and an approval's approver is never its
 * requester: segregation of duties); suspending and decommissioning record who and why. A refused
 * move throws with a message naming the agent and what is missing.
 */
public final class LifecycleRules {
    private LifecycleRules() {
    }

    public static Set<Lifecycle> nextSteps(Lifecycle from) {
        return switch (from) {
            case PROPOSED -> EnumSet.of(UNDER_REVIEW, DECOMMISSIONED);
            case UNDER_REVIEW -> EnumSet.of(PROPOSED, APPROVED, DECOMMISSIONED);
            case APPROVED -> EnumSet.of(PILOT, PRODUCTION, SUSPENDED, DECOMMISSIONED);
            case PILOT -> EnumSet.of(PRODUCTION, SUSPENDED, DECOMMISSIONED);
            case PRODUCTION -> EnumSet.of(PILOT, SUSPENDED, DECOMMISSIONED);
            case SUSPENDED -> EnumSet.of(APPROVED, PILOT, PRODUCTION, DECOMMISSIONED);
            case DECOMMISSIONED -> EnumSet.noneOf(Lifecycle.class);
        };
    }

    public static boolean needsApproval(Lifecycle to) {
        return to == APPROVED || to == PILOT || to == PRODUCTION;
    }

    public static boolean needsReason(Lifecycle to) {
        return to == SUSPENDED || to == DECOMMISSIONED;
    }

    /** The agent after the move; a granted approval also sanctions a shadow or blocked agent (the committee decided). */
    public static Agent move(Agent a, Lifecycle to, String byPersonId, String reason, Approval approval, LocalDate today) {
        if (to == null) throw new IllegalArgumentException(a.id() + ": choose the lifecycle step to move to");
        if (!nextSteps(a.lifecycle()).contains(to)) {
            throw new IllegalArgumentException(a.id() + " " + a.name() + " cannot move from " + a.lifecycle() + " to " + to
                    + (nextSteps(a.lifecycle()).isEmpty() ? " (decommissioned agents stay decommissioned)"
                    : "; allowed: " + nextSteps(a.lifecycle())));
        }
        requirePerson(a, byPersonId);
        Sanction sanction = a.provenance().sanction();
        if (needsApproval(to)) {
            requireApproval(a, to, approval, today);
            sanction = Sanction.SANCTIONED;
        }
        if (needsReason(to) && blank(reason)) {
            throw new IllegalArgumentException(a.id() + ": say why it is " + to.name().toLowerCase() + " (reason is required)");
        }
        return a.after(new LifecycleEvent(LifecycleEvent.Kind.LIFECYCLE, today, byPersonId, a.lifecycle(), to, sanction,
                reason, approval == null ? null : approval.id()));
    }

    /** Checks the approval covers this agent, grants, is in force today and was not decided by its requester. */
    public static void requireApproval(Agent a, Lifecycle to, Approval approval, LocalDate today) {
        String step = a.id() + " " + a.name() + " to " + to;
        if (approval == null) {
            throw new IllegalArgumentException("moving " + step + " needs a recorded approval");
        }
        if (!approval.subjectId().equals(a.id())
                || (approval.subject() != ApprovalSubject.AGENT_ONBOARDING && approval.subject() != ApprovalSubject.LIFECYCLE_STEP)) {
            throw new IllegalArgumentException("approval " + approval.id() + " is not an onboarding or lifecycle approval of " + a.id());
        }
        if (approval.approverId() != null && approval.approverId().equals(approval.requestedById())) {
            throw new IllegalArgumentException("approval " + approval.id() + " was approved by its own requester (segregation of duties)");
        }
        if (!approval.decision().grants()) {
            throw new IllegalArgumentException("approval " + approval.id() + " is " + approval.decision() + "; moving " + step
                    + " needs it approved or conditionally approved");
        }
        if (!approval.isValidOn(today)) {
            throw new IllegalArgumentException("approval " + approval.id() + " is not in force on " + today
                    + (approval.expiry() != null && today.isAfter(approval.expiry()) ? " (expired " + approval.expiry() + ")" : ""));
        }
    }

    /** Triage of a shadow (or blocked) agent: it goes under review while an onboarding approval is requested. */
    public static Agent sanctionRequested(Agent a, String byPersonId, String reason, LocalDate today) {
        if (a.provenance().sanction() == Sanction.SANCTIONED) {
            throw new IllegalArgumentException(a.id() + " " + a.name() + " is already sanctioned");
        }
        if (a.lifecycle() == DECOMMISSIONED) {
            throw new IllegalArgumentException(a.id() + " " + a.name() + " is decommissioned; register it anew instead");
        }
        requirePerson(a, byPersonId);
        return a.after(new LifecycleEvent(LifecycleEvent.Kind.SANCTION, today, byPersonId, a.lifecycle(), UNDER_REVIEW,
                a.provenance().sanction(), blank(reason) ? "Sanctioning requested" : reason, null));
    }

    /** Blocks the agent: sanction BLOCKED, suspended if it was in service; who and why are required. */
    public static Agent block(Agent a, String byPersonId, String reason, LocalDate today) {
        if (a.provenance().sanction() == Sanction.BLOCKED) {
            throw new IllegalArgumentException(a.id() + " " + a.name() + " is already blocked");
        }
        requirePerson(a, byPersonId);
        if (blank(reason)) throw new IllegalArgumentException(a.id() + ": say why it is blocked (reason is required)");
        Lifecycle to = a.lifecycle().inService() ? SUSPENDED : a.lifecycle();
        return a.after(new LifecycleEvent(LifecycleEvent.Kind.SANCTION, today, byPersonId, a.lifecycle(), to,
                Sanction.BLOCKED, reason, null));
    }

    /** A review done today, with the reviewer's note; the next review falls due one cadence later. */
    public static Agent reviewed(Agent a, String byPersonId, String note, LocalDate today) {
        requirePerson(a, byPersonId);
        if (blank(note)) throw new IllegalArgumentException(a.id() + ": add a note saying what the review found");
        return a.reviewedOn(today).after(new LifecycleEvent(LifecycleEvent.Kind.REVIEW, today, byPersonId, a.lifecycle(),
                a.lifecycle(), a.provenance().sanction(), note, null));
    }

    private static void requirePerson(Agent a, String byPersonId) {
        if (blank(byPersonId)) throw new IllegalArgumentException(a.id() + ": say who does this (a person is required)");
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
