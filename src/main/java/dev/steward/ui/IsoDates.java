package dev.steward.ui;

import javafx.scene.control.DatePicker;
import javafx.util.StringConverter;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.function.Supplier;

/**
 * Date pickers that read and write ISO dates (2026-11-10), as every table, export and log line
 * does. The locale's short form ("11/10/2026" here) is ambiguous between the US and Europe, which
 * an auditor reading a record cannot be left to guess.
 */
public final class IsoDates {

    private IsoDates() {
    }

    public static DatePicker picker() {
        return picker(null);
    }

    public static DatePicker picker(LocalDate initial) {
        DatePicker picker = new DatePicker(initial);
        picker.setConverter(converter(picker::getValue));
        picker.setPromptText("yyyy-mm-dd");
        // Leaving the field commits its text (DatePicker's own listener, which runs first); text that was
        // not a date left the value as it was, so show that value again rather than the mistyped text.
        picker.focusedProperty().addListener((o, was, is) -> {
            if (!is) picker.getEditor().setText(picker.getConverter().toString(picker.getValue()));
        });
        return picker;
    }

    /**
     * Blank text clears the date; text that is not an ISO date keeps {@code current} (the picker then
     * shows that date again) rather than clearing what was there.
     */
    static StringConverter<LocalDate> converter(Supplier<LocalDate> current) {
        return new StringConverter<>() {
            @Override
            public String toString(LocalDate date) {
                return date == null ? "" : date.toString();
            }

            @Override
            public LocalDate fromString(String text) {
                if (text == null || text.isBlank()) return null;
                try {
                    return LocalDate.parse(text.strip());
                } catch (DateTimeParseException e) {
                    return current.get();
                }
            }
        };
    }
}
