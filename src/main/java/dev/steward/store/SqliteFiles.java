package dev.steward.store;

import dev.steward.app.RegisterFileException;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteConnection;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;

/** Low-level helpers for SQLite files: signatures, connections, the backup API, error wording. */
final class SqliteFiles {

    /** PRAGMA application_id of every Steward register: "STWD". */
    static final int APPLICATION_ID = 0x53545744;

    private static final byte[] SQLITE_MAGIC = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

    private SqliteFiles() {
    }

    static boolean hasSqliteSignature(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(SQLITE_MAGIC.length);
            return Arrays.equals(head, SQLITE_MAGIC);
        }
    }

    static Connection connect(Path file, boolean readOnly) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(readOnly);
        config.setBusyTimeout(5000);
        config.enforceForeignKeys(true);
        return config.createConnection("jdbc:sqlite:" + file.toAbsolutePath());
    }

    /** Copies a consistent snapshot of an open database to {@code target} (SQLite's online backup). */
    static void backup(Connection connection, Path target) throws SQLException {
        int rc = connection.unwrap(SQLiteConnection.class).getDatabase()
                .backup("main", target.toAbsolutePath().toString(), null);
        if (rc != 0) {
            throw new SQLException("backup to " + target + " failed with SQLite code " + rc);
        }
    }

    /** Runs a PRAGMA and closes its result at once (an open result blocks the next commit). */
    static void pragma(Connection connection, String pragma) throws SQLException {
        try (java.sql.Statement st = connection.createStatement()) {
            if (st.execute("PRAGMA " + pragma)) {
                st.getResultSet().close();
            }
        }
    }

    static RegisterFileException explain(Path file, SQLException e) {
        if (e instanceof SQLiteException se) {
            SQLiteErrorCode code = se.getResultCode();
            if (code == SQLiteErrorCode.SQLITE_CORRUPT || code == SQLiteErrorCode.SQLITE_NOTADB
                    || code.name().startsWith("SQLITE_CORRUPT")) {
                return new RegisterFileException(file, "the file is damaged and cannot be read as a register ("
                        + code.message + "). Open a backup copy (NAME.bak-vN) or an exported pack instead.", e);
            }
            if (code == SQLiteErrorCode.SQLITE_CANTOPEN || code == SQLiteErrorCode.SQLITE_PERM
                    || code == SQLiteErrorCode.SQLITE_READONLY) {
                return new RegisterFileException(file, "the file cannot be opened for writing (" + code.message + ")", e);
            }
            if (code == SQLiteErrorCode.SQLITE_FULL) {
                return new RegisterFileException(file, "the disk is full; the last edit was not saved", e);
            }
        }
        return new RegisterFileException(file, "database error: " + e.getMessage(), e);
    }
}
