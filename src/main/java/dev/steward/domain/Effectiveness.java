package dev.steward.domain;

public enum Effectiveness {
    NOT_ASSESSED, INEFFECTIVE, PARTIALLY_EFFECTIVE, EFFECTIVE
}
