package dev.steward.ui;

import javafx.beans.value.ObservableValue;

/**
 * Boolean conditions for binding, made with JavaFX's fluent {@code map}/{@code flatMap}.
 *
 * <p>Why not {@code isNull()}, {@code not()}, {@code and()} or {@code Bindings}: they all go through
 * JavaFX's {@code Bindings} class, whose loading and verification (it pulls in dozens of inner
 * classes) cost the first frame ≈ 10–20 ms in a cold JVM (docs/performance.md). The window's first
 * frame uses these instead; later screens may use either.
 */
public final class Conditions {

    private Conditions() {
    }

    /** True while {@code value} holds null. */
    public static ObservableValue<Boolean> isNull(ObservableValue<?> value) {
        return value.map(v -> Boolean.FALSE).orElse(Boolean.TRUE);
    }

    /** True while {@code value} holds something. */
    public static ObservableValue<Boolean> isNotNull(ObservableValue<?> value) {
        return value.map(v -> Boolean.TRUE).orElse(Boolean.FALSE);
    }

    /** True while {@code condition} is false (a null counts as false). */
    public static ObservableValue<Boolean> not(ObservableValue<Boolean> condition) {
        return condition.map(c -> !c).orElse(Boolean.TRUE);
    }

    /**
     * True while either is true (a null counts as false); {@code second} is observed only while
     * {@code first} is false. The true branch is {@code first} itself rather than a shared constant,
     * which would hold a listener, and through it the sources, for as long as the JVM runs.
     */
    public static ObservableValue<Boolean> either(ObservableValue<Boolean> first, ObservableValue<Boolean> second) {
        ObservableValue<Boolean> a = first.orElse(Boolean.FALSE);
        return a.flatMap(f -> f ? a : second).orElse(Boolean.FALSE);
    }

    /** True while both are true (a null counts as false); {@code second} is observed only while {@code first} is true. */
    public static ObservableValue<Boolean> both(ObservableValue<Boolean> first, ObservableValue<Boolean> second) {
        ObservableValue<Boolean> a = first.orElse(Boolean.FALSE);
        return a.flatMap(f -> f ? second : a).orElse(Boolean.FALSE);
    }
}
