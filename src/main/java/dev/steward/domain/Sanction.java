package dev.steward.domain;

/** Whether the organisation has sanctioned the agent; SHADOW means found in use without approval. */
public enum Sanction {
    SANCTIONED, SHADOW, BLOCKED
}
