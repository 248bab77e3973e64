package dev.steward.domain;

public enum TaskStatus {
    NOT_STARTED, IN_PROGRESS, DONE, BLOCKED
}
