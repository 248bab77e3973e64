package dev.steward.store;

import dev.steward.app.ChangeLogPort;
import dev.steward.app.Edit;
import dev.steward.app.EditOrigin;
import dev.steward.app.EntityChange;
import dev.steward.app.EntityKind;
import dev.steward.app.FileContent;
import dev.steward.app.ReadOnlyRegisterException;
import dev.steward.app.RegisterFileException;
import dev.steward.app.RegisterPort;
import dev.steward.app.StaleEditException;
import dev.steward.domain.ChangeAction;
import dev.steward.domain.Entity;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An open register file. One connection, used under this object's lock; every edit is one
 * transaction holding the entity writes and their change-log rows (WAL, synchronous=FULL), so
 * an edit that returned is on disk and one that did not left nothing behind.
 */
final class SqliteRegister implements RegisterPort {

    private final Path file;
    private final Connection connection;
    private final RegisterLock lock;
    private final Clock clock;
    private final EntityCodec codec = new EntityCodec();
    private final SqliteChangeLog changeLog;
    private final EvidenceBlobs blobs = new EvidenceBlobs();

    private SqliteRegister(Path file, Connection connection, RegisterLock lock, Clock clock) throws SQLException {
        this.file = file;
        this.connection = connection;
        this.lock = lock;
        this.clock = clock;
        this.changeLog = new SqliteChangeLog(connection, this);
    }

    static SqliteRegister open(Path file, RegisterLock lock, Clock clock) {
        boolean readOnly = lock == null;
        Connection c = null;
        try {
            c = SqliteFiles.connect(file, readOnly);
            if (!readOnly) {
                SqliteFiles.pragma(c, "journal_mode = WAL");
                SqliteFiles.pragma(c, "synchronous = FULL");
            }
            c.setAutoCommit(false);
            return new SqliteRegister(file, c, lock, clock);
        } catch (SQLException e) {
            closeQuietly(c);
            throw SqliteFiles.explain(file, e);
        }
    }

    @Override
    public Path file() {
        return file;
    }

    @Override
    public boolean readOnly() {
        return lock == null;
    }

    @Override
    public synchronized <T extends Entity> List<T> all(EntityKind<T> kind) {
        List<T> result = new ArrayList<>();
        try (Statement st = connection.createStatement();
             ResultSet rs = st.executeQuery("SELECT id, data FROM " + kind.table() + " ORDER BY id")) {
            while (rs.next()) result.add(codec.decode(kind, kind.type(), rs.getString(1), rs.getString(2)));
            connection.commit(); // ends the read transaction so the WAL can be checkpointed
        } catch (SQLException e) {
            throw SqliteFiles.explain(file, e);
        }
        return result;
    }

    @Override
    public synchronized <T extends Entity> Optional<T> find(EntityKind<T> kind, String id) {
        try {
            Optional<String> json = readData(kind, id);
            connection.commit();
            return json.map(j -> codec.decode(kind, kind.type(), id, j));
        } catch (SQLException e) {
            throw SqliteFiles.explain(file, e);
        }
    }

    @Override
    public synchronized <T extends Entity> int count(EntityKind<T> kind) {
        try (Statement st = connection.createStatement();
             ResultSet rs = st.executeQuery("SELECT count(*) FROM " + kind.table())) {
            int n = rs.getInt(1);
            connection.commit();
            return n;
        } catch (SQLException e) {
            throw SqliteFiles.explain(file, e);
        }
    }

    @Override
    public synchronized <T extends Entity> java.util.Map<String, Integer> countBy(EntityKind<T> kind, String jsonPath) {
        var counts = new java.util.TreeMap<String, Integer>();
        eachRowAt("SELECT json_extract(data, ?), count(*) FROM " + kind.table() + " GROUP BY 1", jsonPath,
                rs -> counts.put(String.valueOf(rs.getString(1)), rs.getInt(2)));
        return counts;
    }

    @Override
    public synchronized <T extends Entity> java.util.Map<String, String> labels(EntityKind<T> kind, String jsonPath) {
        var labels = new java.util.LinkedHashMap<String, String>();
        eachRowAt("SELECT id, json_extract(data, ?) FROM " + kind.table() + " ORDER BY id", jsonPath,
                rs -> labels.put(rs.getString(1), rs.getString(2) == null ? "" : rs.getString(2)));
        return labels;
    }

    /** Runs {@code sql} with {@code jsonPath} as its one parameter and hands each row to {@code row}. */
    private void eachRowAt(String sql, String jsonPath, RowReader row) {
        requireSimplePath(jsonPath);
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            ps.setString(1, jsonPath);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) row.read(rs);
            }
            connection.commit(); // ends the read transaction so the WAL can be checkpointed
        } catch (SQLException e) {
            throw SqliteFiles.explain(file, e);
        }
    }

    /** A path such as {@code $.name}: it goes into SQL as a bound value, but only this shape is asked for. */
    private static void requireSimplePath(String jsonPath) {
        if (!jsonPath.matches("\\$(\\.[A-Za-z]+)+")) throw new IllegalArgumentException("not a simple JSON path: " + jsonPath);
    }

    @Override
    public synchronized void apply(Edit edit, EditOrigin origin, String actor) {
        apply(edit, origin, actor, List.of());
    }

    @Override
    public synchronized void apply(Edit edit, EditOrigin origin, String actor, List<FileContent> files) {
        if (readOnly()) throw new ReadOnlyRegisterException(file);
        Instant at = Instant.now(clock).truncatedTo(ChronoUnit.MILLIS);
        try {
            for (FileContent f : files) blobs.store(connection, f);
            SqliteChangeLog.Head head = changeLog.head();
            for (EntityChange<?> change : edit.changes()) {
                head = write(change, origin, actor, at, head);
            }
            changeLog.recordHead(head);
            connection.commit();
            changeLog.committed(head);
        } catch (SQLException e) {
            rollbackQuietly();
            throw SqliteFiles.explain(file, e);
        } catch (RuntimeException e) {
            rollbackQuietly();
            throw e;
        }
    }

    private <T extends Entity> SqliteChangeLog.Head write(EntityChange<T> change, EditOrigin origin, String actor,
                                                         Instant at, SqliteChangeLog.Head head) throws SQLException {
        EntityKind<T> kind = change.kind();
        String id = change.id();
        Optional<T> stored = readData(kind, id).map(j -> codec.decode(kind, kind.type(), id, j));
        if (!stored.equals(Optional.ofNullable(change.before()))) {
            throw new StaleEditException(kind.name(), id);
        }
        String beforeJson = codec.encode(change.before());
        String afterJson = codec.encode(change.after());
        if (change.after() == null) {
            try (PreparedStatement ps = connection.prepareStatement("DELETE FROM " + kind.table() + " WHERE id = ?")) {
                ps.setString(1, id);
                ps.executeUpdate();
            }
        } else {
            try (PreparedStatement ps = connection.prepareStatement("INSERT INTO " + kind.table()
                    + "(id, data) VALUES (?, ?) ON CONFLICT(id) DO UPDATE SET data = excluded.data")) {
                ps.setString(1, id);
                ps.setString(2, afterJson);
                ps.executeUpdate();
            }
        }
        ChangeAction action = switch (origin) {
            case UNDO -> ChangeAction.UNDO;
            case REDO -> ChangeAction.REDO;
            case DO -> change.before() == null ? ChangeAction.CREATE
                    : change.after() == null ? ChangeAction.DELETE : ChangeAction.UPDATE;
        };
        return changeLog.append(head, at, actor, kind.name(), id, action, beforeJson, afterJson);
    }

    private Optional<String> readData(EntityKind<?> kind, String id) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("SELECT data FROM " + kind.table() + " WHERE id = ?")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        }
    }

    @Override
    public synchronized void copyFileContent(String sha256, Path target) {
        try {
            blobs.copyOut(connection, sha256, target);
            connection.commit();
        } catch (SQLException e) {
            rollbackQuietly();
            throw SqliteFiles.explain(file, e);
        }
    }

    @Override
    public ChangeLogPort changeLog() {
        return changeLog;
    }

    @Override
    public synchronized void saveCopyAs(Path target) {
        Path absolute = target.toAbsolutePath();
        try {
            Files.createDirectories(absolute.getParent());
            Path temp = Files.createTempFile(absolute.getParent(), "." + absolute.getFileName(), ".saving");
            try {
                connection.commit();
                SqliteFiles.backup(connection, temp);
                Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (SQLException e) {
            throw new RegisterFileException(target, "could not save a copy: " + e.getMessage(), e);
        } catch (java.io.IOException e) {
            throw new RegisterFileException(target, "could not save a copy: " + e.getMessage(), e);
        }
    }

    /** For the store's own use: runs a read under the register's lock. */
    synchronized <R> R read(SqlFunction<R> reader) {
        try {
            R result = reader.apply(connection);
            connection.commit();
            return result;
        } catch (SQLException e) {
            rollbackQuietly();
            throw SqliteFiles.explain(file, e);
        }
    }

    /**
     * For the store's own tables outside the entity kinds (catalog adoption): the write and its
     * change-log row in one transaction, like {@link #apply}.
     */
    synchronized void writeLogged(String actor, String type, String id, ChangeAction action, String before,
                                  String after, SqlFunction<?> body) {
        if (readOnly()) throw new ReadOnlyRegisterException(file);
        Instant at = Instant.now(clock).truncatedTo(ChronoUnit.MILLIS);
        try {
            body.apply(connection);
            SqliteChangeLog.Head head = changeLog.append(changeLog.head(), at, actor, type, id, action, before, after);
            changeLog.recordHead(head);
            connection.commit();
            changeLog.committed(head);
        } catch (SQLException e) {
            rollbackQuietly();
            throw SqliteFiles.explain(file, e);
        } catch (RuntimeException e) {
            rollbackQuietly();
            throw e;
        }
    }

    @FunctionalInterface
    private interface RowReader {
        void read(ResultSet rs) throws SQLException;
    }

    @FunctionalInterface
    interface SqlFunction<R> {
        R apply(Connection connection) throws SQLException;
    }

    @Override
    public synchronized void close() {
        rollbackQuietly();
        closeQuietly(connection);
        if (lock != null) lock.close();
    }

    private void rollbackQuietly() {
        try {
            connection.rollback();
        } catch (SQLException ignored) {
            // the connection is going away or never started a transaction
        }
    }

    private static void closeQuietly(Connection c) {
        if (c == null) return;
        try {
            c.close();
        } catch (SQLException ignored) {
            // nothing more can be done for a connection that will not close
        }
    }
}
