package dev.steward.app;

/** A register just opened: the file, its edit history and what the change-log check found. */
public record OpenedRegister(RegisterPort register, EditHistory history, ChainVerdict verdict) {
}
