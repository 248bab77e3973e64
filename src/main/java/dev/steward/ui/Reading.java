package dev.steward.ui;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.control.Label;

/**
 * Whether a section's data for a newly opened register is still being read. Until it is, an empty
 * list is not a fact about the register ("No violations — every agent meets every policy rule"
 * while a large register's policies are still being checked), so the section says it is reading.
 * A re-read of the register already shown (after an edit) keeps showing what it has.
 */
public final class Reading {
    private final ReadOnlyBooleanWrapper reading = new ReadOnlyBooleanWrapper(false);
    private Object pending;
    private Object shown;

    /** A read of {@code register}'s data begins (null: no register, nothing to read). */
    public void started(Object register) {
        pending = register;
        if (register == null) {
            shown = null;
            reading.set(false);
        } else if (register != shown) {
            reading.set(true);
        }
    }

    /** The read of {@code register} ended, with its data or an error; a read overtaken by another is ignored. */
    public void ended(Object register) {
        if (register != pending) return;
        shown = register;
        reading.set(false);
    }

    public ReadOnlyBooleanProperty property() {
        return reading.getReadOnlyProperty();
    }

    /** As {@link #placeholder(ObservableBooleanValue, String, String)}, with an empty text that changes (a view model decides it). */
    public static Label placeholder(ObservableBooleanValue reading, String whileReading, javafx.beans.value.ObservableValue<String> empty) {
        Label label = new Label();
        javafx.beans.value.ObservableValue<String> reads = new javafx.beans.property.ReadOnlyStringWrapper(whileReading);
        label.textProperty().bind(reading.flatMap(r -> r ? reads : empty));
        return label;
    }

    /** A table's or list's placeholder: {@code whileReading} until the data is read, then {@code empty}. */
    public static Label placeholder(ObservableBooleanValue reading, String whileReading, String empty) {
        Label label = new Label();
        label.textProperty().bind(reading.map(r -> r ? whileReading : empty));
        return label;
    }
}
