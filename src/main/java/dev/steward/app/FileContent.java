package dev.steward.app;

import java.nio.file.Path;

/** A file to keep inside the register under its SHA-256 (an evidence file), measured before the edit is made. */
public record FileContent(Path file, String sha256, long sizeBytes) {
    /** Evidence files larger than this are refused: the register is one SQLite file that people copy around. */
    public static final long MAX_BYTES = 200L * 1024 * 1024;
}
