package dev.steward.app;

/** Why an edit is being written: made by the user, or undone or redone from the history. */
public enum EditOrigin { DO, UNDO, REDO }
