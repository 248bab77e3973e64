package dev.steward.domain;

/** EU AI Act classification of the agent; role and tier stay null until someone classifies it. */
public record AiActProfile(AiActRole role, AiActRiskTier riskTier, String annexIIIArea) {
    public AiActProfile {
        if (annexIIIArea != null && annexIIIArea.isBlank()) {
            annexIIIArea = null;
        }
        if (annexIIIArea != null && riskTier != AiActRiskTier.HIGH_RISK) {
            throw new IllegalArgumentException("AI Act annexIIIArea is only allowed with risk tier HIGH_RISK, not " + riskTier);
        }
    }

    public static AiActProfile unclassified() {
        return new AiActProfile(null, null, null);
    }

    public boolean classified() {
        return riskTier != null;
    }
}
