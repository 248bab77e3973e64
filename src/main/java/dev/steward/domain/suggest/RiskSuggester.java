package dev.steward.domain.suggest;

import dev.steward.domain.Agent;
import dev.steward.domain.Lifecycle;
import dev.steward.domain.Risk;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Proposes library risks for agents from their profiles. Decommissioned agents and suggestions the
 * committee already accepted or dismissed are left out; an existing risk on the same agent and
 * category citing one of the same threats is named as similar, so nobody files a duplicate unawares.
 */
public final class RiskSuggester {
    private RiskSuggester() {
    }

    public static List<RiskSuggestion> suggest(Collection<Agent> agents, List<RiskTemplate> library,
                                               Collection<SuggestionDecision> decisions, Collection<Risk> risks) {
        Set<String> decided = decisions.stream().map(SuggestionDecision::id).collect(Collectors.toSet());
        List<RiskSuggestion> out = new ArrayList<>();
        for (Agent agent : agents) {
            if (agent.lifecycle() == Lifecycle.DECOMMISSIONED) continue;
            for (RiskTemplate t : library) {
                if (decided.contains(SuggestionDecision.idOf(t.key(), agent.id()))) continue;
                t.reasonsFor(agent).ifPresent(reasons ->
                        out.add(new RiskSuggestion(t, agent, reasons, similar(t, agent, risks))));
            }
        }
        return out;
    }

    private static List<String> similar(RiskTemplate t, Agent agent, Collection<Risk> risks) {
        return risks.stream()
                .filter(r -> r.affectedAgentIds().contains(agent.id()) && r.categoryCode().equals(t.categoryCode())
                        && r.threatRefs().stream().anyMatch(t.threatRefs()::contains))
                .map(Risk::id).sorted().toList();
    }
}
