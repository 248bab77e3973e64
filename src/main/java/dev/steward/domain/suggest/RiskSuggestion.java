package dev.steward.domain.suggest;

import dev.steward.domain.Agent;

import java.util.List;

/** A library risk proposed for an agent, with the profile facts behind it and any existing risks that look alike. */
public record RiskSuggestion(RiskTemplate template, Agent agent, List<String> reasons, List<String> similarRiskIds) {
    public String id() {
        return SuggestionDecision.idOf(template.key(), agent.id());
    }
}
