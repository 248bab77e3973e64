package dev.steward.domain;

import java.util.Collection;
import java.util.regex.Pattern;

/** Prefixed ids such as AG-0007: at least four digits, so they sort well in tables and files. */
public final class Ids {
    public static final String PERSON = "P";
    public static final String AGENT = "AG";
    public static final String RISK = "R";
    public static final String CONTROL = "C";
    public static final String MAPPING = "M";
    public static final String TASK = "T";
    public static final String APPROVAL = "AP";
    public static final String INCIDENT = "IN";
    public static final String EVIDENCE = "EV";
    public static final String ACTIVITY = "RA";

    private static final Pattern PREFIX = Pattern.compile("[A-Z]{1,4}");
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    private Ids() {
    }

    public static String format(String prefix, int number) {
        requirePrefix(prefix);
        if (number < 1) {
            throw new IllegalArgumentException("id number must be at least 1: " + number);
        }
        return String.format("%s-%04d", prefix, number);
    }

    public static boolean matches(String prefix, String id) {
        return id != null && id.matches(Pattern.quote(prefix) + "-\\d{4,}") && parseDigits(id, prefix) > 0;
    }

    /** The number of a well-formed id of the given prefix. */
    public static int parse(String prefix, String id) {
        return parseDigits(require(prefix, id, "id"), prefix);
    }

    /** One more than the highest number among the existing ids of that prefix (others are ignored). */
    public static String next(String prefix, Collection<String> existing) {
        int max = existing.stream().filter(id -> matches(prefix, id)).mapToInt(id -> parseDigits(id, prefix)).max().orElse(0);
        return format(prefix, max + 1);
    }

    /** Rejects a missing or malformed id, naming the field: "agent id must look like AG-0001: 'X'". */
    public static String require(String prefix, String id, String what) {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException(what + " is required");
        }
        return requireFormat(prefix, id, what);
    }

    /** Like {@link #require} but null passes (an optional reference). */
    public static String optional(String prefix, String id, String what) {
        return id == null ? null : requireFormat(prefix, id, what);
    }

    public static boolean isSha256(String hex) {
        return hex != null && SHA256.matcher(hex).matches();
    }

    private static String requireFormat(String prefix, String id, String what) {
        if (!matches(prefix, id)) {
            throw new IllegalArgumentException(what + " must look like " + prefix + "-0001: '" + id + "'");
        }
        return id;
    }

    private static int parseDigits(String id, String prefix) {
        try {
            return Integer.parseInt(id.substring(prefix.length() + 1));
        } catch (NumberFormatException e) {
            return -1; // too many digits for an int: treat as malformed
        }
    }

    private static void requirePrefix(String prefix) {
        if (prefix == null || !PREFIX.matcher(prefix).matches()) {
            throw new IllegalArgumentException("id prefix must be 1-4 capital letters: '" + prefix + "'");
        }
    }
}
