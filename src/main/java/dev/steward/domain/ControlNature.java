package dev.steward.domain;

public enum ControlNature {
    TECHNICAL, PROCEDURAL, ORGANISATIONAL
}
