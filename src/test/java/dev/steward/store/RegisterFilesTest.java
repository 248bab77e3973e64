package dev.steward.store;

import dev.steward.app.RegisterFileException;
import dev.steward.app.RegisterPort;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RegisterFilesTest {
    @TempDir
    Path dir;

    @Test
    void createsARegisterAtTheCurrentSchemaInWalModeWithFullSync() {
        Path file = dir.resolve("new.steward");
        try (RegisterPort r = TestRegisters.create(file)) {
            assertThat(r.readOnly()).isFalse();
            assertThat(pragmaOf(r, "journal_mode")).isEqualTo("wal");
            assertThat(pragmaOf(r, "synchronous")).isEqualTo("2"); // FULL
            assertThat(pragmaOf(r, "application_id")).isEqualTo(Integer.toString(SqliteFiles.APPLICATION_ID));
            assertThat(TestRegisters.read(r, SchemaMigrator::versionOf)).isEqualTo(SchemaMigrator.CURRENT_VERSION);
        }
        assertThat(dir.toFile().list()).as("no temporary files left behind").containsOnly("new.steward");
    }

    @Test
    void theCurrentVersionConstantMatchesTheHighestMigration() throws Exception {
        try (var files = Files.list(Path.of("src/main/resources/db/migration"))) {
            int highest = files.map(p -> p.getFileName().toString()).filter(n -> n.matches("V\\d+__.*\\.sql"))
                    .mapToInt(n -> Integer.parseInt(n.substring(1, n.indexOf("__")))).max().orElseThrow();
            assertThat(SchemaMigrator.CURRENT_VERSION).isEqualTo(highest);
        }
    }

    @Test
    void refusesToCreateOverAnExistingFile() throws Exception {
        Path file = Files.writeString(dir.resolve("taken.steward"), "keep me");
        assertThatThrownBy(() -> TestRegisters.create(file)).isInstanceOf(RegisterFileException.class)
                .hasMessageContaining("taken.steward").hasMessageContaining("already exists");
        assertThat(Files.readString(file)).isEqualTo("keep me");
    }

    @Test
    void namesTheFileWhenItIsMissingEmptyOrNotADatabase() throws Exception {
        assertThatThrownBy(() -> TestRegisters.files().open(dir.resolve("gone.steward")))
                .hasMessage("gone.steward: no such file");
        Path empty = Files.createFile(dir.resolve("empty.steward"));
        assertThatThrownBy(() -> TestRegisters.files().open(empty)).hasMessage("empty.steward: is empty, not a Steward register");
        Path text = Files.writeString(dir.resolve("notes.steward"), "just some notes, not a database at all");
        assertThatThrownBy(() -> TestRegisters.files().open(text))
                .hasMessage("notes.steward: is not a Steward register (it is not a SQLite database)");
        assertThat(Files.readString(text)).isEqualTo("just some notes, not a database at all");
    }

    @Test
    void refusesAnotherSqliteDatabaseWithoutChangingIt() throws Exception {
        Path other = dir.resolve("other.db");
        try (Connection c = TestRegisters.raw(other); Statement st = c.createStatement()) {
            st.execute("CREATE TABLE t(x)");
        }
        byte[] before = Files.readAllBytes(other);
        assertThatThrownBy(() -> TestRegisters.files().open(other))
                .isInstanceOf(RegisterFileException.class)
                .hasMessage("other.db: is a SQLite database but not a Steward register");
        assertThat(Files.readAllBytes(other)).isEqualTo(before);
        assertThat(Files.exists(dir.resolve("other.db-wal"))).isFalse();
    }

    @Test
    void refusesARegisterFromANewerSteward() throws Exception {
        Path file = dir.resolve("future.steward");
        TestRegisters.create(file).close();
        try (Connection c = TestRegisters.raw(file); Statement st = c.createStatement()) {
            st.execute("INSERT INTO flyway_schema_history(installed_rank, version, description, type, script, checksum,"
                    + " installed_by, installed_on, execution_time, success) VALUES (99, '99', 'future', 'SQL', 'V99__future.sql',"
                    + " 0, 'x', '2030-01-01', 1, 1)");
        }
        assertThatThrownBy(() -> TestRegisters.files().open(file))
                .hasMessageStartingWith("future.steward: was written by a newer Steward (schema version 99");
    }

    @Test
    void reportsADamagedFileByName() throws Exception {
        Path file = dir.resolve("damaged.steward");
        try (RegisterPort r = TestRegisters.create(file)) {
            for (int i = 0; i < 40; i++) {
                var p = new dev.steward.domain.Person(dev.steward.domain.Ids.format("P", i + 1), "Person " + "x".repeat(300) + i,
                        null, null, null, null);
                r.apply(dev.steward.app.Edit.of("add", dev.steward.app.EntityChange.create(dev.steward.app.EntityKinds.PERSON, p)),
                        dev.steward.app.EditOrigin.DO, "t");
            }
        }
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            long pages = raf.length() / 4096;
            for (long page = 2; page < pages; page++) { // keep the header page, scramble every other page
                raf.seek(page * 4096);
                raf.write(new byte[]{13, 0, 0, 7, 7, 7, 7, 7, 7, 7, 7, 7});
                raf.seek(page * 4096 + 2000);
                raf.write(new byte[512]);
            }
        }
        assertThatThrownBy(() -> TestRegisters.files().open(file)).isInstanceOf(RegisterFileException.class)
                .hasMessageStartingWith("damaged.steward: the file is damaged");
    }

    @Test
    void copiesAnOlderRegisterToBakBeforeMigratingIt() throws Exception {
        Path file = dir.resolve("old.steward");
        SchemaMigrator.migrate(file, 1);
        try (Connection c = TestRegisters.raw(file); Statement st = c.createStatement()) {
            st.execute("PRAGMA application_id = " + SqliteFiles.APPLICATION_ID);
            st.execute("INSERT INTO person(id, data) VALUES ('P-0001', '{\"id\":\"P-0001\",\"name\":\"Ada\",\"title\":null,"
                    + "\"department\":null,\"email\":null,\"committeeRole\":\"NONE\"}')");
        }
        try (RegisterPort r = TestRegisters.files().open(file)) {
            assertThat(TestRegisters.read(r, SchemaMigrator::versionOf)).isEqualTo(SchemaMigrator.CURRENT_VERSION);
            assertThat(r.count(dev.steward.app.EntityKinds.PERSON)).isEqualTo(1);
        }
        Path backup = dir.resolve("old.steward.bak-v1");
        assertThat(backup).exists();
        try (Connection c = TestRegisters.raw(backup); Statement st = c.createStatement()) {
            assertThat(SchemaMigrator.versionOf(c)).isEqualTo(1);
            try (ResultSet rs = st.executeQuery("SELECT count(*) FROM person")) {
                assertThat(rs.getInt(1)).isEqualTo(1);
            }
        }
    }

    @Test
    void saveAsWritesACompleteCopyThatOpensOnItsOwn() {
        Path file = dir.resolve("a.steward");
        Path copy = dir.resolve("sub/b.steward");
        try (RegisterPort r = TestRegisters.create(file)) {
            r.apply(dev.steward.app.Edit.of("add", dev.steward.app.EntityChange.create(dev.steward.app.EntityKinds.PERSON,
                    dev.steward.domain.Fixtures.person())), dev.steward.app.EditOrigin.DO, "t");
            r.saveCopyAs(copy);
        }
        try (RegisterPort r = TestRegisters.files().open(copy)) {
            assertThat(r.count(dev.steward.app.EntityKinds.PERSON)).isEqualTo(1);
            assertThat(r.changeLog().verify().intact()).isTrue();
            assertThat(r.changeLog().size()).isEqualTo(1);
        }
    }

    private static String pragmaOf(RegisterPort r, String name) {
        String value = TestRegisters.read(r, c -> pragma(c, name));
        return value;
    }

    private static String pragma(Connection c, String name) throws java.sql.SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("PRAGMA " + name)) {
            return rs.getString(1);
        }
    }
}
