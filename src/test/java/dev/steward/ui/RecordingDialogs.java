package dev.steward.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A DialogService that records what would have been shown and answers with preset choices. */
public final class RecordingDialogs implements DialogService {
    public final List<String> shown = new ArrayList<>();
    public Path nextOpen;
    public Path nextSave;
    public Path nextFolder;
    public boolean confirmAnswer = true;

    @Override
    public void showError(String title, String message, Throwable details) {
        shown.add("error: " + title + ": " + message);
    }

    @Override
    public void showWarning(String title, String message) {
        shown.add("warning: " + title + ": " + message);
    }

    @Override
    public boolean confirm(String title, String message) {
        shown.add("confirm: " + title);
        return confirmAnswer;
    }

    @Override
    public Optional<Path> chooseRegisterToOpen() {
        return Optional.ofNullable(nextOpen);
    }

    @Override
    public Optional<Path> chooseRegisterToSave(String suggestedName) {
        return Optional.ofNullable(nextSave);
    }

    @Override
    public Optional<Path> chooseFolder(String title) {
        return Optional.ofNullable(nextFolder);
    }

    @Override
    public void showInfo(String title, String message) {
        shown.add("info: " + title + ": " + message);
    }
}
