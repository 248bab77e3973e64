package dev.steward.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The change log's hash chain: each row's hash is SHA-256 over the previous row's hash and the
 * row's own canonical form. Fields are length-prefixed so no two different rows can encode alike.
 */
public final class ChangeChain {

    /** The "previous hash" of the first row. */
    public static final String GENESIS = "0".repeat(64);

    private ChangeChain() {
    }

    public static String hash(String prevHash, long seq, String at, String actor, String entityType,
                              String entityId, String action, String beforeJson, String afterJson) {
        return sha256(prevHash + "\n" + canonical(seq, at, actor, entityType, entityId, action, beforeJson, afterJson));
    }

    /** The row as text: every field as "byteLength:value;" and null as "-1:;", in column order. */
    public static String canonical(long seq, String at, String actor, String entityType, String entityId,
                                   String action, String beforeJson, String afterJson) {
        StringBuilder out = new StringBuilder(256);
        for (String value : new String[]{Long.toString(seq), at, actor, entityType, entityId, action, beforeJson, afterJson}) {
            field(out, value);
        }
        return out.toString();
    }

    private static void field(StringBuilder out, String value) {
        if (value == null) {
            out.append("-1:;");
        } else {
            out.append(value.getBytes(StandardCharsets.UTF_8).length).append(':').append(value).append(';');
        }
    }

    private static String sha256(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java runtime", e);
        }
    }
}
