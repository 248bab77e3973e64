package dev.steward.domain;

/** Anything the register stores under its own id (AG-0001, R-0001, ...). */
public interface Entity {
    String id();
}
