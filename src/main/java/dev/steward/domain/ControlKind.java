package dev.steward.domain;

public enum ControlKind {
    PREVENTIVE, DETECTIVE, CORRECTIVE, DIRECTIVE
}
