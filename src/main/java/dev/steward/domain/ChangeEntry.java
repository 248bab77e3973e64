package dev.steward.domain;

import java.time.Instant;

/**
 * One row of the append-only change log. Each row's hash is SHA-256 over the previous row's hash plus
 * this row's canonical form, so editing or deleting any row breaks the chain from there on.
 */
public record ChangeEntry(
        long seq,
        Instant at,
        String actor,
        String entityType,
        String entityId,
        ChangeAction action,
        String beforeJson,
        String afterJson,
        String prevHash,
        String hash) {

    /** The prevHash of the first row. */
    public static final String GENESIS_HASH = ChangeChain.GENESIS;

    public ChangeEntry {
        if (seq < 1) {
            throw new IllegalArgumentException("change entry seq must be at least 1: " + seq);
        }
        Check.notNull(at, "change entry at");
        Check.text(actor, "change entry actor");
        Check.text(entityType, "change entry entityType");
        Check.text(entityId, "change entry entityId");
        Check.notNull(action, "change entry action");
        if (!Ids.isSha256(prevHash)) {
            throw new IllegalArgumentException("change entry prevHash must be 64 lowercase hex digits: '" + prevHash + "'");
        }
        if (!Ids.isSha256(hash)) {
            throw new IllegalArgumentException("change entry hash must be 64 lowercase hex digits: '" + hash + "'");
        }
    }

    /** Builds the next row of the chain, computing its hash. */
    public static ChangeEntry chained(long seq, Instant at, String actor, String entityType, String entityId,
                                      ChangeAction action, String beforeJson, String afterJson, String prevHash) {
        String hash = computeHash(seq, at, actor, entityType, entityId, action, beforeJson, afterJson, prevHash);
        return new ChangeEntry(seq, at, actor, entityType, entityId, action, beforeJson, afterJson, prevHash, hash);
    }

    /** True when the stored hash matches the row's content and prevHash. */
    public boolean hashMatches() {
        return hash.equals(computeHash(seq, at, actor, entityType, entityId, action, beforeJson, afterJson, prevHash));
    }

    public boolean follows(ChangeEntry previous) {
        return seq == previous.seq + 1 && prevHash.equals(previous.hash);
    }

    /** The canonical form hashed for this row; see {@link ChangeChain}. */
    static String canonical(long seq, Instant at, String actor, String entityType, String entityId,
                            ChangeAction action, String beforeJson, String afterJson) {
        return ChangeChain.canonical(seq, at.toString(), actor, entityType, entityId, action.name(), beforeJson, afterJson);
    }

    static String computeHash(long seq, Instant at, String actor, String entityType, String entityId,
                              ChangeAction action, String beforeJson, String afterJson, String prevHash) {
        return ChangeChain.hash(prevHash, seq, at.toString(), actor, entityType, entityId, action.name(), beforeJson, afterJson);
    }
}
