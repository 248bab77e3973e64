package dev.steward.app;

import java.nio.file.Path;

/** Creates and opens register files. Both throw {@link RegisterFileException} with a message naming the file. */
public interface RegisterFiles {

    /** Creates a new, empty register; refuses to overwrite an existing file. */
    RegisterPort create(Path file);

    /**
     * Opens a register, migrating an older schema after copying the file to {@code NAME.bak-vN}.
     * When another process has it open, the register comes back read-only.
     */
    RegisterPort open(Path file);
}
