package dev.steward.store;

import dev.steward.app.RegisterFileException;
import org.flywaydb.core.Flyway;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Brings a register's schema up to date with Flyway. Flyway is only started when the file is
 * behind: an up-to-date register (the usual case) opens without paying for its classpath scan.
 */
final class SchemaMigrator {

    /** The highest migration under db/migration; SchemaMigratorTest keeps the two in step. */
    static final int CURRENT_VERSION = 6;

    private SchemaMigrator() {
    }

    static int versionOf(Connection connection) throws SQLException {
        try (Statement st = connection.createStatement();
             ResultSet tables = st.executeQuery(
                     "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'flyway_schema_history'")) {
            if (tables.getInt(1) == 0) return 0;
        }
        try (Statement st = connection.createStatement();
             ResultSet rs = st.executeQuery(
                     "SELECT max(CAST(version AS INTEGER)), count(DISTINCT version) FROM flyway_schema_history "
                             + "WHERE success = 1 AND version IS NOT NULL")) {
            int highest = rs.getInt(1);
            int applied = rs.getInt(2);
            // Migrations are numbered 1..N without gaps; a file missing one (made by a build that had a later
            // migration but not an earlier one) counts as behind, so the missing one is applied out of order.
            return highest > CURRENT_VERSION ? highest : Math.min(highest, applied);
        }
    }

    /** Migrates the file to {@link #CURRENT_VERSION}; the caller has copied it first when it held data. */
    static void migrate(Path file, int target) {
        try {
            Flyway.configure(SchemaMigrator.class.getClassLoader())
                    .dataSource("jdbc:sqlite:" + file.toAbsolutePath(), "", "")
                    .locations("classpath:db/migration")
                    .target(Integer.toString(target))
                    .failOnMissingLocations(true)
                    .outOfOrder(true)
                    .load()
                    .migrate();
        } catch (RuntimeException e) {
            throw new RegisterFileException(file, "could not upgrade the register's schema: " + e.getMessage(), e);
        }
    }

    /** {@code NAME.bak-vN}, or {@code NAME.bak-vN.2} and so on when an earlier copy is still there. */
    static Path backupPath(Path file, int version) {
        Path candidate = file.resolveSibling(file.getFileName() + ".bak-v" + version);
        for (int i = 2; Files.exists(candidate); i++) {
            candidate = file.resolveSibling(file.getFileName() + ".bak-v" + version + "." + i);
        }
        return candidate;
    }
}
