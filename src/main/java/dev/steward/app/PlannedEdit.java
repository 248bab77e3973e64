package dev.steward.app;

/** An edit worked out by a use case, with the sentence that tells the user what it will do. */
public record PlannedEdit(Edit edit, String message) {
}
