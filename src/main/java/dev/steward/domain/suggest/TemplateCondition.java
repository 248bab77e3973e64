package dev.steward.domain.suggest;

import dev.steward.domain.Agent;

import java.util.List;

/** One condition of a library risk, with the values that narrow it. */
public record TemplateCondition(ProfileCondition condition, List<String> values) {
    public TemplateCondition {
        if (condition == null) throw new IllegalArgumentException("template condition is required");
        values = List.copyOf(values == null ? List.of() : values);
        try {
            condition.validate(values);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("condition " + condition + " has a bad value: " + e.getMessage(), e);
        }
    }

    public List<String> reasons(Agent agent) {
        return condition.reasons(agent, values);
    }
}
