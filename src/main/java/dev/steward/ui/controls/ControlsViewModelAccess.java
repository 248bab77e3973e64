package dev.steward.ui.controls;

import javafx.util.StringConverter;

import java.util.function.Function;

/** Small helpers the Coverage section shares with the Controls section. */
public final class ControlsViewModelAccess {
    private ControlsViewModelAccess() {
    }

    public static <T> StringConverter<T> converter(Function<T, String> f) {
        return ControlForm.converter(f, "");
    }
}
