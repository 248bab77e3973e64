package dev.steward.catalog.oscal;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;

/** Names and helpers of the OSCAL catalog model (JSON) as Steward uses it. */
final class Oscal {

    static final String VERSION = "1.1.2";
    /** Namespace of Steward's own props, so OSCAL tools know they are not NIST's. */
    static final String NS = "https://steward.dev/ns/oscal";
    /** OSCAL's token type: ids and class values. */
    static final Pattern TOKEN = Pattern.compile("^(\\p{L}|_)(\\p{L}|\\p{N}|[.\\-_])*$");

    private Oscal() {
    }

    /**
     * An OSCAL id for a clause ref: refs like "GOVERN 1.1" or "Art. 14" are not tokens, so the id is a
     * lower-case slug (prefixed when it would start with a digit) and the ref itself travels in the label prop.
     */
    static String tokenFor(String ref) {
        String slug = ref.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}._-]+", "-")
                .replaceAll("-{2,}", "-").replaceAll("^[-.]+|[-.]+$", "");
        if (slug.isEmpty() || !TOKEN.matcher(slug).matches()) slug = "c-" + slug;
        return slug;
    }

    /** Deterministic UUIDs, so exporting the same catalog twice gives the same file. */
    static String uuid(String... parts) {
        return UUID.nameUUIDFromBytes(String.join("\u0000", parts).getBytes(StandardCharsets.UTF_8)).toString();
    }
}
