package dev.steward.store;

import dev.steward.app.ChainVerdict;
import dev.steward.app.ChangeLogPort;
import dev.steward.domain.ChangeAction;
import dev.steward.domain.ChangeChain;
import dev.steward.domain.ChangeEntry;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The change_log table: appends inside the caller's transaction, reads pages, verifies the chain.
 * The head (last seq and hash) is also kept in register_meta, which is how rows cut off the end or
 * added after it are caught: the chain alone cannot tell a truncated log from a short one.
 */
final class SqliteChangeLog implements ChangeLogPort {

    record Head(long seq, String hash) {
    }

    private final Connection connection;
    private final SqliteRegister register;
    private Head head;

    SqliteChangeLog(Connection connection, SqliteRegister register) throws SQLException {
        this.connection = connection;
        this.register = register;
        this.head = readLastRow(connection);
        connection.commit();
    }

    private static Head readLastRow(Connection c) throws SQLException {
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT seq, hash FROM change_log ORDER BY seq DESC LIMIT 1")) {
            return rs.next() ? new Head(rs.getLong(1), rs.getString(2)) : new Head(0, ChangeChain.GENESIS);
        }
    }

    Head head() {
        return head;
    }

    void committed(Head newHead) {
        this.head = newHead;
    }

    Head append(Head prev, Instant at, String actor, String type, String id, ChangeAction action,
                String before, String after) throws SQLException {
        long seq = prev.seq() + 1;
        String atText = at.toString();
        String hash = ChangeChain.hash(prev.hash(), seq, atText, actor, type, id, action.name(), before, after);
        try (PreparedStatement ps = connection.prepareStatement("INSERT INTO change_log(seq, at, actor, entity_type, "
                + "entity_id, action, before_json, after_json, prev_hash, hash) VALUES (?,?,?,?,?,?,?,?,?,?)")) {
            ps.setLong(1, seq);
            ps.setString(2, atText);
            ps.setString(3, actor);
            ps.setString(4, type);
            ps.setString(5, id);
            ps.setString(6, action.name());
            ps.setString(7, before);
            ps.setString(8, after);
            ps.setString(9, prev.hash());
            ps.setString(10, hash);
            ps.executeUpdate();
        }
        return new Head(seq, hash);
    }

    void recordHead(Head h) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("INSERT INTO register_meta(key, value) VALUES (?, ?) "
                + "ON CONFLICT(key) DO UPDATE SET value = excluded.value")) {
            ps.setString(1, "head_seq");
            ps.setString(2, Long.toString(h.seq()));
            ps.executeUpdate();
            ps.setString(1, "head_hash");
            ps.setString(2, h.hash());
            ps.executeUpdate();
        }
    }

    @Override
    public long size() {
        return register.read(c -> {
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT count(*) FROM change_log")) {
                return rs.getLong(1);
            }
        });
    }

    @Override
    public String headHash() {
        return register.read(c -> readLastRow(c).hash());
    }

    @Override
    public List<ChangeEntry> page(long offset, int limit) {
        return register.read(c -> {
            List<ChangeEntry> rows = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT seq, at, actor, entity_type, entity_id, action, "
                    + "before_json, after_json, prev_hash, hash FROM change_log ORDER BY seq LIMIT ? OFFSET ?")) {
                ps.setInt(1, limit);
                ps.setLong(2, offset);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        rows.add(new ChangeEntry(rs.getLong(1), Instant.parse(rs.getString(2)), rs.getString(3),
                                rs.getString(4), rs.getString(5), ChangeAction.valueOf(rs.getString(6)),
                                rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10)));
                    }
                }
            }
            return rows;
        });
    }

    @Override
    public ChainVerdict verify() {
        return register.read(ChangeLogVerifier::verify);
    }
}
