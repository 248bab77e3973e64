package dev.steward.ui;

import java.nio.file.Path;
import java.util.Optional;

/** Every dialog the app shows, behind an interface so view models can be tested without a screen. */
public interface DialogService {

    void showError(String title, String message, Throwable details);

    void showWarning(String title, String message);

    boolean confirm(String title, String message);

    Optional<Path> chooseRegisterToOpen();

    Optional<Path> chooseRegisterToSave(String suggestedName);

    /** A folder in which something new will be created (the audit pack's own folder goes inside it). */
    Optional<Path> chooseFolder(String title);

    void showInfo(String title, String message);
}
