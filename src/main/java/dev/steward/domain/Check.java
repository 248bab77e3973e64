package dev.steward.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Shared argument checks for the records' compact constructors; messages always name the field. */
final class Check {
    private Check() {
    }

    static String text(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(what + " is required");
        }
        return value;
    }

    static <T> T notNull(T value, String what) {
        if (value == null) {
            throw new IllegalArgumentException(what + " is required");
        }
        return value;
    }

    static int range(int value, int min, int max, String what) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(what + " must be between " + min + " and " + max + ": " + value);
        }
        return value;
    }

    static <T> List<T> list(List<T> values, String what) {
        if (values == null) {
            return List.of();
        }
        if (hasNull(values)) {
            throw new IllegalArgumentException(what + " must not contain null");
        }
        return List.copyOf(values);
    }

    /** A list of distinct, well-formed ids of one prefix. */
    static List<String> ids(List<String> values, String prefix, String what) {
        List<String> copy = list(values, what);
        copy.forEach(id -> Ids.require(prefix, id, what + " entry"));
        noDuplicates(copy, what);
        return copy;
    }

    static void noDuplicates(Collection<String> values, String what) {
        Set<String> seen = new HashSet<>();
        List<String> dups = new ArrayList<>();
        for (String v : values) {
            if (!seen.add(v)) {
                dups.add(v);
            }
        }
        if (!dups.isEmpty()) {
            throw new IllegalArgumentException(what + " contains duplicates: " + dups);
        }
    }

    // List.of(...).contains(null) throws, so look for nulls by hand.
    private static boolean hasNull(Collection<?> values) {
        for (Object v : values) {
            if (v == null) {
                return true;
            }
        }
        return false;
    }

    /** Enum sets keep declaration order, so their JSON (and change-log hashes) are stable. */
    static <E extends Enum<E>> Set<E> enumSet(Collection<E> values, Class<E> type, String what) {
        if (values == null || values.isEmpty()) {
            return Collections.unmodifiableSet(EnumSet.noneOf(type));
        }
        if (hasNull(values)) {
            throw new IllegalArgumentException(what + " must not contain null");
        }
        return Collections.unmodifiableSet(EnumSet.copyOf(values));
    }
}
