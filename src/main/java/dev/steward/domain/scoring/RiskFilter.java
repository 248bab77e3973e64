package dev.steward.domain.scoring;

import dev.steward.domain.Risk;
import dev.steward.domain.RiskStatus;
import dev.steward.domain.Taxonomy;

import java.util.List;

/**
 * The one filter the risk table and the heat map share, so their counts agree. A category matches
 * its sub-categories too (Operational includes Execution boundary). Null fields match everything.
 */
public record RiskFilter(String categoryCode, String agentId, String ownerId, boolean includeClosed) {

    public static RiskFilter all() {
        return new RiskFilter(null, null, null, true);
    }

    public static RiskFilter open() {
        return new RiskFilter(null, null, null, false);
    }

    public boolean matches(Risk r, Taxonomy taxonomy) {
        return (includeClosed || r.status() != RiskStatus.CLOSED)
                && (categoryCode == null || isWithin(r.categoryCode(), categoryCode, taxonomy))
                && (agentId == null || r.affectedAgentIds().contains(agentId))
                && (ownerId == null || ownerId.equals(r.ownerId()));
    }

    public List<Risk> apply(List<Risk> risks, Taxonomy taxonomy) {
        return risks.stream().filter(r -> matches(r, taxonomy)).toList();
    }

    public RiskFilter withCategory(String code) {
        return new RiskFilter(code, agentId, ownerId, includeClosed);
    }

    public RiskFilter withAgent(String id) {
        return new RiskFilter(categoryCode, id, ownerId, includeClosed);
    }

    public RiskFilter withOwner(String id) {
        return new RiskFilter(categoryCode, agentId, id, includeClosed);
    }

    public RiskFilter withClosed(boolean include) {
        return new RiskFilter(categoryCode, agentId, ownerId, include);
    }

    /** True when {@code code} is {@code ancestor} or lies below it in the tree. */
    static boolean isWithin(String code, String ancestor, Taxonomy taxonomy) {
        String c = code;
        for (int steps = 0; c != null && steps <= taxonomy.categories().size(); steps++) {
            if (c.equals(ancestor)) return true;
            c = taxonomy.find(c).map(dev.steward.domain.RiskCategory::parentCode).orElse(null);
        }
        return false;
    }
}
