package dev.steward.app;

import dev.steward.domain.Control;
import dev.steward.domain.Evidence;
import dev.steward.domain.ObligationRecord;

import java.util.List;

/**
 * One line of an agent's EU AI Act checklist.
 *
 * @param why             why it applies to this agent
 * @param record          the register's working record (an open, unsaved one when none was kept yet)
 * @param controls        the controls recorded as meeting it
 * @param suggested       controls mapped to the obligation's article that apply to the agent, not yet recorded
 * @param evidence        evidence attached to the obligation
 * @param notYetApplicable true when its application date is after today
 */
public record AgentObligation(Obligation obligation, String why, ObligationRecord record, List<Control> controls,
                              List<Control> suggested, List<Evidence> evidence, boolean notYetApplicable) {
    public AgentObligation {
        controls = List.copyOf(controls);
        suggested = List.copyOf(suggested);
        evidence = List.copyOf(evidence);
    }
}
