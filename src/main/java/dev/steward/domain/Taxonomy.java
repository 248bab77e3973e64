package dev.steward.domain;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The risk category tree: unique codes, parents that exist, no cycles. */
public record Taxonomy(List<RiskCategory> categories) {
    public Taxonomy {
        categories = Check.list(categories, "taxonomy categories");
        Map<String, RiskCategory> byCode = new HashMap<>();
        for (RiskCategory c : categories) {
            if (byCode.put(c.code(), c) != null) {
                throw new IllegalArgumentException("taxonomy categories contain code '" + c.code() + "' twice");
            }
        }
        for (RiskCategory c : categories) {
            if (c.parentCode() != null && !byCode.containsKey(c.parentCode())) {
                throw new IllegalArgumentException("taxonomy category '" + c.code() + "' has unknown parentCode '" + c.parentCode() + "'");
            }
            requireNoCycle(c, byCode);
        }
    }

    public Optional<RiskCategory> find(String code) {
        return categories.stream().filter(c -> c.code().equals(code)).findFirst();
    }

    public List<RiskCategory> children(String parentCode) {
        return categories.stream().filter(c -> parentCode == null ? c.parentCode() == null : parentCode.equals(c.parentCode())).toList();
    }

    private static void requireNoCycle(RiskCategory start, Map<String, RiskCategory> byCode) {
        RiskCategory c = start;
        for (int steps = 0; c.parentCode() != null; steps++) {
            if (steps > byCode.size()) {
                throw new IllegalArgumentException("taxonomy category '" + start.code() + "' is part of a parent cycle");
            }
            c = byCode.get(c.parentCode());
        }
    }
}
