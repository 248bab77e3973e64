package dev.steward.store;

import dev.steward.app.ChainVerdict;
import dev.steward.domain.ChangeChain;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Recomputes the change log's hash chain from the raw stored text, row by row, and names the
 * first row that does not hold: a changed row fails its hash, a deleted one leaves a gap in seq,
 * rows added or removed at the end disagree with the head recorded in register_meta.
 */
final class ChangeLogVerifier {

    private ChangeLogVerifier() {
    }

    static ChainVerdict verify(Connection c) throws SQLException {
        long expected = 1;
        String prev = ChangeChain.GENESIS;
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT seq, at, actor, entity_type, entity_id, action, before_json, "
                     + "after_json, prev_hash, hash FROM change_log ORDER BY seq")) {
            while (rs.next()) {
                long seq = rs.getLong(1);
                if (seq != expected) {
                    return ChainVerdict.brokenAt(expected - 1, expected, seq > expected
                            ? "row " + expected + " is missing (the next row is " + seq + ")"
                            : "row numbering is out of order");
                }
                if (!prev.equals(rs.getString(9))) {
                    return ChainVerdict.brokenAt(expected - 1, seq, "its previous-hash does not match row " + (seq - 1));
                }
                String recomputed = ChangeChain.hash(prev, seq, rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8));
                if (!recomputed.equals(rs.getString(10))) {
                    return ChainVerdict.brokenAt(expected - 1, seq, "its content does not match its hash (changed after it was written)");
                }
                prev = recomputed;
                expected++;
            }
        }
        long rows = expected - 1;
        long recordedSeq = Long.parseLong(meta(c, "head_seq", "0"));
        if (rows < recordedSeq) {
            return ChainVerdict.brokenAt(rows, rows + 1, "rows " + (rows + 1) + " to " + recordedSeq + " are missing");
        }
        if (rows > recordedSeq) {
            return ChainVerdict.brokenAt(rows, recordedSeq + 1, "row was added outside Steward (the recorded head is "
                    + recordedSeq + ")");
        }
        if (rows > 0 && !prev.equals(meta(c, "head_hash", ""))) {
            return ChainVerdict.brokenAt(rows, rows, "the last row's hash differs from the recorded head");
        }
        return ChainVerdict.intact(rows);
    }

    private static String meta(Connection c, String key, String fallback) throws SQLException {
        try (var ps = c.prepareStatement("SELECT value FROM register_meta WHERE key = ?")) {
            ps.setString(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : fallback;
            }
        }
    }
}
