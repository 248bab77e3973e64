package dev.steward.domain;

public enum IncidentStatus {
    OPEN, CONTAINED, RESOLVED, CLOSED
}
