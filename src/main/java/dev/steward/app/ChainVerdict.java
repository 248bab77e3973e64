package dev.steward.app;

/**
 * What a chain verification found: intact with {@code rows} rows, or broken at {@code firstBadSeq}
 * for {@code reason}.
 */
public record ChainVerdict(boolean intact, long rows, long firstBadSeq, String reason) {

    public static ChainVerdict intact(long rows) {
        return new ChainVerdict(true, rows, 0, "");
    }

    public static ChainVerdict brokenAt(long rows, long seq, String reason) {
        return new ChainVerdict(false, rows, seq, reason);
    }

    public String describe() {
        return intact ? "change log verified: " + rows + " rows, chain intact"
                : "change log broken at seq " + firstBadSeq + ": " + reason;
    }
}
