package dev.steward.store;

import dev.steward.app.RegisterPort;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/** Registers for tests, and plain JDBC "behind the app's back" for tampering. */
final class TestRegisters {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-25T12:00:00Z"), ZoneOffset.UTC);

    private TestRegisters() {
    }

    static SqliteRegisterFiles files() {
        return new SqliteRegisterFiles(CLOCK, "test");
    }

    static RegisterPort create(Path file) {
        return files().create(file);
    }

    /** A raw connection, the way someone with the sqlite3 tool would touch the file. */
    static Connection raw(Path file) throws SQLException {
        return DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
    }

    static <T> T read(RegisterPort register, SqliteRegister.SqlFunction<T> reader) {
        return ((SqliteRegister) register).read(reader);
    }
}
