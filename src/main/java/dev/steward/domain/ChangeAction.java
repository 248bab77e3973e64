package dev.steward.domain;

public enum ChangeAction {
    CREATE, UPDATE, DELETE, UNDO, REDO
}
