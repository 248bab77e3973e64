package dev.steward.app;

import dev.steward.domain.ChangeEntry;

import java.util.List;

/** The register's append-only, hash-chained change log. */
public interface ChangeLogPort {

    long size();

    /** Rows in sequence order, {@code offset} rows skipped, at most {@code limit}. */
    List<ChangeEntry> page(long offset, int limit);

    /** The hash of the last row, or the genesis hash when the log is empty. */
    String headHash();

    /** Recomputes the whole chain. */
    ChainVerdict verify();
}
