package dev.steward.ui;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The conditions the window's commands are enabled by follow their sources, as the Bindings they replace did. */
class ConditionsTest {

    @Test
    void nullConditionsFollowTheValue() {
        ObjectProperty<String> register = new SimpleObjectProperty<>();
        BooleanProperty absent = bound(Conditions.isNull(register));
        BooleanProperty present = bound(Conditions.isNotNull(register));
        assertThat(absent.get()).isTrue();
        assertThat(present.get()).isFalse();
        register.set("demo.steward");
        assertThat(absent.get()).isFalse();
        assertThat(present.get()).isTrue();
        register.set(null);
        assertThat(absent.get()).isTrue();
        assertThat(present.get()).isFalse();
    }

    @Test
    void undoIsDisabledWhenThereIsNothingToUndoOrTheRegisterIsReadOnly() {
        BooleanProperty canUndo = new SimpleBooleanProperty(false);
        BooleanProperty readOnly = new SimpleBooleanProperty(false);
        BooleanProperty disabled = bound(Conditions.either(Conditions.not(canUndo), readOnly));
        assertThat(disabled.get()).isTrue();
        canUndo.set(true);
        assertThat(disabled.get()).isFalse();
        readOnly.set(true);
        assertThat(disabled.get()).isTrue();
        canUndo.set(false);
        assertThat(disabled.get()).isTrue();
        readOnly.set(false);
        assertThat(disabled.get()).isTrue();
        canUndo.set(true);
        assertThat(disabled.get()).isFalse();
    }

    @Test
    void bothIsTrueOnlyWhileBothAre() {
        BooleanProperty loading = new SimpleBooleanProperty(false);
        ObjectProperty<String> summary = new SimpleObjectProperty<>();
        BooleanProperty shown = bound(Conditions.both(loading, Conditions.isNull(summary)));
        assertThat(shown.get()).isFalse();
        loading.set(true);
        assertThat(shown.get()).isTrue();
        summary.set("summary");
        assertThat(shown.get()).isFalse();
        summary.set(null);
        assertThat(shown.get()).isTrue();
        loading.set(false);
        assertThat(shown.get()).isFalse();
    }

    private static BooleanProperty bound(javafx.beans.value.ObservableValue<Boolean> condition) {
        BooleanProperty target = new SimpleBooleanProperty();
        target.bind(condition);
        return target;
    }

    @Test
    void aNullCountsAsFalseOnEitherSide() {
        ObjectProperty<Boolean> first = new SimpleObjectProperty<>();
        ObjectProperty<Boolean> second = new SimpleObjectProperty<>(true);
        BooleanProperty either = bound(Conditions.either(first, second));
        BooleanProperty both = bound(Conditions.both(first, second));
        assertThat(either.get()).isTrue();
        assertThat(both.get()).isFalse();
        second.set(null);
        assertThat(either.get()).isFalse();
        first.set(true);
        assertThat(either.get()).isTrue();
        assertThat(both.get()).isFalse();
        second.set(true);
        assertThat(both.get()).isTrue();
    }
}
