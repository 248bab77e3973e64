package dev.steward.app;

import java.nio.file.Path;

/**
 * A register file could not be opened or written: not a register, from a newer Steward, damaged,
 * or unreadable. The message always names the file and says what to do where that is known.
 */
public final class RegisterFileException extends RuntimeException {
    private final transient Path file;

    public RegisterFileException(Path file, String problem, Throwable cause) {
        super(file.getFileName() + ": " + problem, cause);
        this.file = file;
    }

    public RegisterFileException(Path file, String problem) {
        this(file, problem, null);
    }

    public Path file() {
        return file;
    }
}
