package dev.steward.store;

import dev.steward.app.RegisterFileException;
import dev.steward.app.RegisterFiles;
import dev.steward.app.RegisterPort;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Opens and creates register files, refusing anything that is not one with a message naming the
 * file. Order matters: the file is identified read-only before anything is written to it, so
 * opening somebody's unrelated SQLite database never changes it.
 */
public final class SqliteRegisterFiles implements RegisterFiles {

    private final Clock clock;
    private final String appVersion;

    public SqliteRegisterFiles(Clock clock, String appVersion) {
        this.clock = clock;
        this.appVersion = appVersion;
    }

    @Override
    public RegisterPort create(Path file) {
        if (Files.exists(file)) {
            throw new RegisterFileException(file, "a file of that name already exists; choose another name");
        }
        Path parent = file.toAbsolutePath().getParent();
        try {
            Files.createDirectories(parent);
            // Built beside the target and moved in at the end, so a failure never leaves half a register.
            Path temp = Files.createTempFile(parent, "." + file.getFileName(), ".creating");
            Files.delete(temp);
            try {
                SchemaMigrator.migrate(temp, SchemaMigrator.CURRENT_VERSION);
                try (Connection c = SqliteFiles.connect(temp, false)) {
                    SqliteFiles.pragma(c, "application_id = " + SqliteFiles.APPLICATION_ID);
                    SqliteFiles.pragma(c, "journal_mode = WAL");
                    putMeta(c, "format", "steward-register");
                    putMeta(c, "created_at", Instant.now(clock).toString());
                    putMeta(c, "created_by", "Steward " + appVersion);
                }
                Files.move(temp, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(temp);
                Files.deleteIfExists(temp.resolveSibling(temp.getFileName() + "-wal"));
                Files.deleteIfExists(temp.resolveSibling(temp.getFileName() + "-shm"));
            }
        } catch (IOException e) {
            throw new RegisterFileException(file, "cannot create the register: " + e.getMessage(), e);
        } catch (SQLException e) {
            throw SqliteFiles.explain(file, e);
        }
        return open(file);
    }

    @Override
    public RegisterPort open(Path file) {
        if (!Files.exists(file)) throw new RegisterFileException(file, "no such file");
        if (!Files.isRegularFile(file)) throw new RegisterFileException(file, "is not a file");
        if (!Files.isReadable(file)) throw new RegisterFileException(file, "cannot be read (check its permissions)");
        try {
            if (Files.size(file) == 0) throw new RegisterFileException(file, "is empty, not a Steward register");
            if (!SqliteFiles.hasSqliteSignature(file)) {
                throw new RegisterFileException(file, "is not a Steward register (it is not a SQLite database)");
            }
            Optional<RegisterLock> lock = RegisterLock.tryAcquire(file);
            try {
                int version = identify(file);
                if (version < SchemaMigrator.CURRENT_VERSION) {
                    if (lock.isEmpty()) {
                        throw new RegisterFileException(file, "needs an upgrade to this version of Steward, but it is open in "
                                + RegisterLock.describeHolder(file) + "; close it there first");
                    }
                    upgrade(file, version);
                }
                return SqliteRegister.open(file, lock.orElse(null), clock);
            } catch (RuntimeException e) {
                lock.ifPresent(RegisterLock::close);
                throw e;
            }
        } catch (IOException e) {
            throw new RegisterFileException(file, "cannot be read: " + e.getMessage(), e);
        }
    }

    /** Checks, without writing, that the file is an intact register this version can read; returns its schema. */
    private int identify(Path file) {
        try (Connection c = SqliteFiles.connect(file, true); Statement st = c.createStatement()) {
            int appId;
            try (ResultSet rs = st.executeQuery("PRAGMA application_id")) {
                appId = rs.getInt(1);
            }
            if (appId != SqliteFiles.APPLICATION_ID) {
                throw new RegisterFileException(file, "is a SQLite database but not a Steward register");
            }
            try (ResultSet rs = st.executeQuery("PRAGMA quick_check")) {
                String verdict = rs.getString(1);
                if (!"ok".equals(verdict)) {
                    throw new RegisterFileException(file, "the file is damaged (SQLite integrity check: " + verdict
                            + "). Open a backup copy (NAME.bak-vN) or an exported pack instead.");
                }
            }
            int version = SchemaMigrator.versionOf(c);
            if (version > SchemaMigrator.CURRENT_VERSION) {
                throw new RegisterFileException(file, "was written by a newer Steward (schema version " + version
                        + "; this version reads up to " + SchemaMigrator.CURRENT_VERSION + "). Update Steward to open it.");
            }
            return version;
        } catch (SQLException e) {
            throw SqliteFiles.explain(file, e);
        }
    }

    private void upgrade(Path file, int fromVersion) {
        Path backup = SchemaMigrator.backupPath(file, fromVersion);
        try (Connection c = SqliteFiles.connect(file, true)) {
            SqliteFiles.backup(c, backup);
        } catch (SQLException e) {
            throw new RegisterFileException(file, "could not copy the register to " + backup.getFileName()
                    + " before upgrading it, so it was left as it was: " + e.getMessage(), e);
        }
        SchemaMigrator.migrate(file, SchemaMigrator.CURRENT_VERSION);
    }

    private static void putMeta(Connection c, String key, String value) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO register_meta(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value")) {
            ps.setString(1, key);
            ps.setString(2, value);
            ps.executeUpdate();
        }
    }
}
