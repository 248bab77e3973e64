package dev.steward.domain.suggest;

import dev.steward.domain.Entity;

import java.time.LocalDate;

/**
 * The committee's answer to one suggestion (a library risk for one agent), so it is not proposed
 * again. Accepted ones name the risk they became; dismissed ones say why.
 */
public record SuggestionDecision(String id, String templateKey, String agentId, boolean accepted, String riskId,
                                 LocalDate decidedOn, String reason) implements Entity {
    public SuggestionDecision {
        if (templateKey == null || agentId == null) throw new IllegalArgumentException("suggestion decision needs a template and an agent");
        if (!idOf(templateKey, agentId).equals(id)) {
            throw new IllegalArgumentException("suggestion decision id must be '" + idOf(templateKey, agentId) + "': '" + id + "'");
        }
        if (accepted && riskId == null) throw new IllegalArgumentException("an accepted suggestion names the risk it became");
        if (decidedOn == null) throw new IllegalArgumentException("suggestion decision needs a date");
    }

    public static String idOf(String templateKey, String agentId) {
        return templateKey + "@" + agentId;
    }
}
