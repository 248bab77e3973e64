package dev.steward.app.agents;

import dev.steward.app.Edit;
import dev.steward.app.EntityChange;
import dev.steward.app.EntityKinds;
import dev.steward.app.OpenedRegister;
import dev.steward.domain.Agent;
import dev.steward.domain.Approval;
import dev.steward.domain.ApprovalSubject;
import dev.steward.domain.Decision;
import dev.steward.domain.Ids;
import dev.steward.domain.Lifecycle;
import dev.steward.domain.policy.LifecycleRules;

import java.time.Clock;
import java.time.LocalDate;

/**
 * The committee's use cases on agents and approvals. Each is one undoable edit made through the
 * history; the domain rules (lifecycle steps, segregation of duties) decide, this only loads and writes.
 */
public final class AgentService {
    private final Clock clock;

    public AgentService(Clock clock) {
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public String nextAgentId(OpenedRegister opened) {
        return Ids.next(Ids.AGENT, opened.register().all(EntityKinds.AGENT).stream().map(Agent::id).toList());
    }

    /** Creates the agent when {@code before} is null, else updates it; nothing happens when nothing changed. */
    public void save(OpenedRegister opened, Agent before, Agent after) {
        if (after.equals(before)) return;
        opened.history().perform(before == null
                ? Edit.of("Add agent " + after.id() + " " + after.name(), EntityChange.create(EntityKinds.AGENT, after))
                : Edit.of("Edit agent " + after.id() + " " + after.name(), EntityChange.update(EntityKinds.AGENT, before, after)));
    }

    /** Moves the agent; an approval id is needed for APPROVED, PILOT and PRODUCTION, a reason for SUSPENDED and DECOMMISSIONED. */
    public Agent move(OpenedRegister opened, String agentId, Lifecycle to, String byPersonId, String reason, String approvalId) {
        Agent before = agent(opened, agentId);
        Approval approval = approvalId == null || approvalId.isBlank() ? null
                : opened.register().find(EntityKinds.APPROVAL, approvalId)
                .orElseThrow(() -> new IllegalArgumentException("no approval " + approvalId + " in the register"));
        Agent after = LifecycleRules.move(before, to, byPersonId, reason, approval, today());
        opened.history().perform(Edit.of("Move " + agentId + " to " + to, EntityChange.update(EntityKinds.AGENT, before, after)));
        return after;
    }

    public Agent markReviewed(OpenedRegister opened, String agentId, String byPersonId, String note) {
        Agent before = agent(opened, agentId);
        Agent after = LifecycleRules.reviewed(before, byPersonId, note, today());
        opened.history().perform(Edit.of("Review " + agentId, EntityChange.update(EntityKinds.AGENT, before, after)));
        return after;
    }

    /** Triage: puts a shadow agent under review and requests its onboarding approval, in one edit. */
    public Approval sanction(OpenedRegister opened, String agentId, String byPersonId, String reason) {
        Agent before = agent(opened, agentId);
        Agent after = LifecycleRules.sanctionRequested(before, byPersonId, reason, today());
        Approval request = Approval.request(nextApprovalId(opened), ApprovalSubject.AGENT_ONBOARDING, agentId, byPersonId, today());
        opened.history().perform(Edit.of("Sanction " + agentId + ": request onboarding approval",
                EntityChange.update(EntityKinds.AGENT, before, after), EntityChange.create(EntityKinds.APPROVAL, request)));
        return request;
    }

    public Agent block(OpenedRegister opened, String agentId, String byPersonId, String reason) {
        Agent before = agent(opened, agentId);
        Agent after = LifecycleRules.block(before, byPersonId, reason, today());
        opened.history().perform(Edit.of("Block " + agentId, EntityChange.update(EntityKinds.AGENT, before, after)));
        return after;
    }

    public Approval requestApproval(OpenedRegister opened, ApprovalSubject subject, String subjectId, String requestedById) {
        Approval request = Approval.request(nextApprovalId(opened), subject, subjectId, requestedById, today());
        opened.history().perform(Edit.of("Request approval " + request.id() + " for " + subjectId,
                EntityChange.create(EntityKinds.APPROVAL, request)));
        return request;
    }

    /** Records the decision; the Approval record refuses an approver who is the requester. */
    public Approval decide(OpenedRegister opened, String approvalId, String approverId, Decision decision, String conditions,
                           LocalDate expiry) {
        Approval before = opened.register().find(EntityKinds.APPROVAL, approvalId)
                .orElseThrow(() -> new IllegalArgumentException("no approval " + approvalId + " in the register"));
        if (before.decision() != Decision.PENDING) {
            throw new IllegalArgumentException("approval " + approvalId + " is already decided (" + before.decision() + ")");
        }
        Approval after = before.decide(approverId, decision, conditions, today(), expiry);
        opened.history().perform(Edit.of(decision + " " + approvalId, EntityChange.update(EntityKinds.APPROVAL, before, after)));
        return after;
    }

    private static String nextApprovalId(OpenedRegister opened) {
        return Ids.next(Ids.APPROVAL, opened.register().all(EntityKinds.APPROVAL).stream().map(Approval::id).toList());
    }

    private static Agent agent(OpenedRegister opened, String id) {
        return opened.register().find(EntityKinds.AGENT, id)
                .orElseThrow(() -> new IllegalArgumentException("no agent " + id + " in the register"));
    }
}
