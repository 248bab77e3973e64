package dev.steward.ui;

import javafx.css.PseudoClass;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Tooltip;
import javafx.util.StringConverter;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Date pickers that read and write ISO dates (2026-11-10), as every table, export and log line
 * does. The locale's short form ("11/10/2026" here) is ambiguous between the US and Europe, which
 * an auditor reading a record cannot be left to guess.
 */
public final class IsoDates {
    /** Year first, as ISO, with one- or two-digit month and day and any of - / . between them. */
    private static final Pattern YEAR_FIRST = Pattern.compile("(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})");
    /** AtlantaFX's state for a field whose content is wrong: a red border. */
    private static final PseudoClass DANGER = PseudoClass.getPseudoClass("danger");

    private IsoDates() {
    }

    public static DatePicker picker() {
        return picker(null);
    }

    public static DatePicker picker(LocalDate initial) {
        DatePicker picker = new DatePicker(initial);
        picker.setConverter(converter(picker::getValue));
        picker.setPromptText("yyyy-mm-dd");
        Tooltip hint = new Tooltip("Not a date: type it as yyyy-mm-dd, for example 2026-11-10.");
        picker.getEditor().textProperty().addListener((o, was, text) -> {
            boolean wrong = text != null && !text.isBlank() && parse(text) == null;
            picker.pseudoClassStateChanged(DANGER, wrong);
            picker.getEditor().pseudoClassStateChanged(DANGER, wrong);
            picker.setTooltip(wrong ? hint : null); // the skin binds the editor's tooltip to the picker's
        });
        // Leaving the field commits its text (DatePicker's own listener, which runs first); text that was
        // not a date left the value as it was, so show that value again. Not when the whole window lost
        // focus (another application, a dialog): the user is coming back to what they were typing.
        picker.focusedProperty().addListener((o, was, is) -> {
            if (is || picker.getScene() == null || picker.getScene().getWindow() == null
                    || !picker.getScene().getWindow().isFocused()) return;
            picker.getEditor().setText(picker.getConverter().toString(picker.getValue()));
        });
        return picker;
    }

    /**
     * Blank text clears the date; text that is not a date keeps {@code current} (the picker then shows
     * that date again) rather than clearing what was there.
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
                LocalDate date = parse(text);
                return date != null ? date : current.get();
            }
        };
    }

    /** The date {@code text} names, year first; null when it names none (2026-02-30, 10/11/2026). */
    static LocalDate parse(String text) {
        Matcher m = YEAR_FIRST.matcher(text.strip());
        if (!m.matches()) return null;
        try {
            return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        } catch (DateTimeException e) {
            return null;
        }
    }
}
