package dev.steward.ui;

import java.util.function.Supplier;

/** A value made on first use (FX thread only): sections' view models cost start-up time until shown. */
final class Lazy<T> implements Supplier<T> {
    private final Supplier<T> make;
    private T value;

    private Lazy(Supplier<T> make) {
        this.make = make;
    }

    static <T> Lazy<T> of(Supplier<T> make) {
        return new Lazy<>(make);
    }

    @Override
    public T get() {
        if (value == null) value = make.get();
        return value;
    }
}
