package dev.steward.domain.suggest;

import dev.steward.domain.Agent;
import dev.steward.domain.Rating;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A risk from the suggestion library: its wording, category, a starting inherent rating, the threat
 * catalog entries it comes from, and the profile conditions (all must hold) that make it relevant.
 */
public record RiskTemplate(String key, String title, String cause, String event, String consequence, String categoryCode,
                           Rating inherent, List<String> threatRefs, List<TemplateCondition> when) {
    public RiskTemplate {
        if (key == null || !key.matches("[a-z0-9-]+")) throw new IllegalArgumentException("risk template key must be lower-case words with '-': '" + key + "'");
        if (title == null || title.isBlank()) throw new IllegalArgumentException("risk template " + key + " needs a title");
        if (inherent == null) throw new IllegalArgumentException("risk template " + key + " needs an inherent rating");
        threatRefs = List.copyOf(threatRefs == null ? List.of() : threatRefs);
        if (threatRefs.isEmpty()) throw new IllegalArgumentException("risk template " + key + " must cite at least one threat catalog entry");
        when = List.copyOf(when == null ? List.of() : when);
        if (when.isEmpty()) throw new IllegalArgumentException("risk template " + key + " needs at least one condition");
    }

    /** The reasons it applies to this agent, when every condition holds. */
    public Optional<List<String>> reasonsFor(Agent agent) {
        List<String> all = new ArrayList<>();
        for (TemplateCondition c : when) {
            List<String> r = c.reasons(agent);
            if (r.isEmpty()) return Optional.empty();
            all.addAll(r);
        }
        return Optional.of(List.copyOf(all));
    }
}
