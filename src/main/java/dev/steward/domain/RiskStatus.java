package dev.steward.domain;

public enum RiskStatus {
    OPEN, IN_TREATMENT, ACCEPTED, CLOSED
}
