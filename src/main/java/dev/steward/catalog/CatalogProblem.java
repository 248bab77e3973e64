package dev.steward.catalog;

import java.util.Objects;

/**
 * One thing wrong with a catalog, crosswalk or control-library file.
 *
 * @param file        the file as the caller named it (directory + relative path, or the classpath resource)
 * @param jsonPointer RFC 6901 pointer to the offending value ("/clauses/17/parent"); "" for the whole document
 * @param message     what is wrong, one line
 */
public record CatalogProblem(String file, String jsonPointer, String message) {

    public CatalogProblem {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(jsonPointer, "jsonPointer");
        Objects.requireNonNull(message, "message");
    }

    /** The one-line form the CLI prints: {@code file: /pointer: message}. */
    @Override
    public String toString() {
        return jsonPointer.isEmpty() ? file + ": " + message : file + ": " + jsonPointer + ": " + message;
    }
}
