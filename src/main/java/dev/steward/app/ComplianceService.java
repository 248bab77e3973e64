package dev.steward.app;

import dev.steward.domain.Agent;
import dev.steward.domain.AiActClassification;
import dev.steward.domain.ClauseApplicability;
import dev.steward.domain.ObligationRecord;
import dev.steward.domain.aiact.AiActAnswers;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Applicability decisions, EU AI Act classification and obligation records: each one undoable edit. */
public final class ComplianceService {

    private final Clock clock;
    private final Actor actor;

    public ComplianceService(Clock clock, Actor actor) {
        this.clock = clock;
        this.actor = actor;
    }

    /** Records whether a clause applies and why (for the SoA, also why it is included). */
    public ClauseApplicability decide(OpenedRegister opened, String frameworkId, String clauseRef, boolean applicable,
                                      String justification) {
        ClauseApplicability after = ClauseApplicability.of(frameworkId, clauseRef, applicable, justification, actor.describe(),
                LocalDate.now(clock));
        var before = opened.register().find(EntityKinds.APPLICABILITY, after.id());
        String what = (applicable ? "Include " : "Exclude ") + clauseRef;
        opened.history().perform(Edit.of(what, before.map(b -> EntityChange.update(EntityKinds.APPLICABILITY, b, after))
                .orElseGet(() -> EntityChange.create(EntityKinds.APPLICABILITY, after))));
        return after;
    }

    /** Removes a recorded decision: the clause counts as applicable again. */
    public void clearDecision(OpenedRegister opened, ClauseApplicability decision) {
        opened.history().perform(Edit.of("Clear the applicability decision on " + decision.clauseRef(),
                EntityChange.delete(EntityKinds.APPLICABILITY, decision)));
    }

    /** Classifies the agent: the record with its reasons and the agent's role and tier, in one edit. */
    public AiActClassification classify(OpenedRegister opened, String agentId, AiActAnswers answers) {
        RegisterPort r = opened.register();
        Agent agent = r.find(EntityKinds.AGENT, agentId).orElseThrow(() -> new IllegalArgumentException("no agent " + agentId));
        AiActClassification after = AiActClassification.of(agentId, answers, actor.describe(), LocalDate.now(clock));
        List<EntityChange<?>> changes = new ArrayList<>();
        r.find(EntityKinds.AI_ACT_CLASSIFICATION, agentId).ifPresentOrElse(
                b -> changes.add(EntityChange.update(EntityKinds.AI_ACT_CLASSIFICATION, b, after)),
                () -> changes.add(EntityChange.create(EntityKinds.AI_ACT_CLASSIFICATION, after)));
        if (!agent.aiAct().equals(after.result())) {
            changes.add(EntityChange.update(EntityKinds.AGENT, agent, agent.withAiAct(after.result())));
        }
        opened.history().perform(new Edit("Classify " + agentId + " under the EU AI Act", changes));
        return after;
    }

    /** Saves an obligation's status, controls and note; the first save creates its record. */
    public void saveObligation(OpenedRegister opened, ObligationRecord after) {
        var before = opened.register().find(EntityKinds.OBLIGATION, after.id());
        opened.history().perform(Edit.of("Update obligation " + after.ref() + " of " + after.agentId(),
                before.map(b -> EntityChange.update(EntityKinds.OBLIGATION, b, after))
                        .orElseGet(() -> EntityChange.create(EntityKinds.OBLIGATION, after))));
    }
}
