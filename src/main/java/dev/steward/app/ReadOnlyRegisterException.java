package dev.steward.app;

import java.nio.file.Path;

/** An edit was attempted on a register opened read-only because another process holds it. */
public final class ReadOnlyRegisterException extends RuntimeException {
    public ReadOnlyRegisterException(Path file) {
        super(file.getFileName() + " is open in another Steward window or process, so it is read-only here");
    }
}
