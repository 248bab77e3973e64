package dev.steward.ui;

/** Counts as the user's locale groups them ("60,068"): a large register's figures must read at a glance. */
public final class Counts {
    private Counts() {
    }

    public static String of(long n) {
        return String.format("%,d", n);
    }
}
