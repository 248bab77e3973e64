package dev.steward.domain;

public enum Treatment {
    MITIGATE, ACCEPT, AVOID, TRANSFER
}
