package dev.steward.app;

import java.util.Objects;

/** One thing wrong with a catalog file: the file, the RFC 6901 pointer ("" for the whole file) and what. */
public record CatalogIssue(String file, String pointer, String message) {

    public CatalogIssue {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(pointer, "pointer");
        Objects.requireNonNull(message, "message");
    }

    /** {@code file: /pointer: message}, the one line the CLI and the dialogs show. */
    @Override
    public String toString() {
        return pointer.isEmpty() ? file + ": " + message : file + ": " + pointer + ": " + message;
    }
}
