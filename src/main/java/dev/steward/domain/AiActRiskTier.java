package dev.steward.domain;

/** EU AI Act classification; LIMITED means transparency obligations (Art. 50). */
public enum AiActRiskTier {
    PROHIBITED, HIGH_RISK, LIMITED, MINIMAL, GENERAL_PURPOSE
}
