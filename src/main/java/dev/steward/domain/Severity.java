package dev.steward.domain;

public enum Severity {
    LOW, MEDIUM, HIGH, CRITICAL
}
