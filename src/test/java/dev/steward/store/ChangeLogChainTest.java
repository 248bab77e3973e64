package dev.steward.store;

import dev.steward.app.ChainVerdict;
import dev.steward.app.Edit;
import dev.steward.app.EditOrigin;
import dev.steward.app.EntityChange;
import dev.steward.app.EntityKinds;
import dev.steward.app.RegisterPort;
import dev.steward.domain.ChangeAction;
import dev.steward.domain.ChangeEntry;
import dev.steward.domain.Person;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Tampering done with plain JDBC behind the app's back must be caught, naming the first bad row. */
class ChangeLogChainTest {
    @TempDir
    Path dir;
    Path file;

    @BeforeEach
    void fiveEdits() {
        file = dir.resolve("chain.steward");
        try (RegisterPort r = TestRegisters.create(file)) {
            for (int i = 1; i <= 5; i++) {
                r.apply(Edit.of("add", EntityChange.create(EntityKinds.PERSON, Person.of("P-000" + i, "Person " + i))),
                        EditOrigin.DO, "alice (Zoë)");
            }
        }
    }

    @Test
    void anUntouchedLogVerifiesAndRecordsEachEdit() {
        try (RegisterPort r = TestRegisters.files().open(file)) {
            assertThat(r.changeLog().verify()).isEqualTo(ChainVerdict.intact(5));
            ChangeEntry first = r.changeLog().page(0, 10).get(0);
            assertThat(first.seq()).isEqualTo(1);
            assertThat(first.actor()).isEqualTo("alice (Zoë)");
            assertThat(first.action()).isEqualTo(ChangeAction.CREATE);
            assertThat(first.entityType()).isEqualTo("person");
            assertThat(first.beforeJson()).isNull();
            assertThat(first.afterJson()).contains("\"name\":\"Person 1\"");
            assertThat(first.at()).isEqualTo(TestRegisters.CLOCK.instant());
            assertThat(r.changeLog().headHash()).isEqualTo(r.changeLog().page(4, 1).get(0).hash());
        }
    }

    @Test
    void theAppCannotUpdateOrDeleteLogRows() throws Exception {
        try (Connection c = TestRegisters.raw(file); Statement st = c.createStatement()) {
            assertThatThrownBy(() -> st.execute("UPDATE change_log SET actor = 'mallory' WHERE seq = 2"))
                    .hasMessageContaining("append-only");
            assertThatThrownBy(() -> st.execute("DELETE FROM change_log WHERE seq = 2")).hasMessageContaining("append-only");
        }
    }

    @Test
    void catchesAnUpdatedRow() throws Exception {
        tamper("UPDATE change_log SET actor = 'mallory' WHERE seq = 3");
        assertBrokenAt(3, "content does not match its hash");
    }

    @Test
    void catchesAChangedEntityStateInALoggedRow() throws Exception {
        tamper("UPDATE change_log SET after_json = replace(after_json, 'Person 2', 'Someone else') WHERE seq = 2");
        assertBrokenAt(2, "content does not match its hash");
    }

    @Test
    void catchesADeletedRowInTheMiddle() throws Exception {
        tamper("DELETE FROM change_log WHERE seq = 2");
        assertBrokenAt(2, "row 2 is missing");
    }

    @Test
    void catchesADeletedLastRow() throws Exception {
        tamper("DELETE FROM change_log WHERE seq = 5");
        assertBrokenAt(5, "rows 5 to 5 are missing");
    }

    @Test
    void catchesAnInsertedRowEvenWithAWellFormedHash() throws Exception {
        String prev;
        try (RegisterPort r = TestRegisters.files().open(file)) {
            prev = r.changeLog().headHash();
        }
        String hash = dev.steward.domain.ChangeChain.hash(prev, 6, "2026-11-25T13:00:00Z", "mallory", "person", "P-0009",
                "CREATE", null, "{}");
        tamper("INSERT INTO change_log VALUES (6, '2026-11-25T13:00:00Z', 'mallory', 'person', 'P-0009', 'CREATE', NULL, '{}', '"
                + prev + "', '" + hash + "')");
        assertBrokenAt(6, "added outside Steward");
    }

    @Test
    void catchesARowInsertedInTheMiddleByRenumbering() throws Exception {
        tamper("UPDATE change_log SET seq = seq + 10 WHERE seq >= 3",
                "INSERT INTO change_log VALUES (3, '2026-11-25T12:00:00Z', 'mallory', 'person', 'P-0009', 'CREATE', NULL, '{}', "
                        + "'" + "0".repeat(64) + "', '" + "f".repeat(64) + "')");
        assertBrokenAt(3, "previous-hash does not match row 2");
    }

    private void tamper(String... statements) throws SQLException {
        try (Connection c = TestRegisters.raw(file); Statement st = c.createStatement()) {
            st.execute("DROP TRIGGER change_log_no_update");
            st.execute("DROP TRIGGER change_log_no_delete");
            for (String sql : statements) st.execute(sql);
        }
    }

    private void assertBrokenAt(long seq, String reason) {
        try (RegisterPort r = TestRegisters.files().open(file)) {
            ChainVerdict verdict = r.changeLog().verify();
            assertThat(verdict.intact()).isFalse();
            assertThat(verdict.firstBadSeq()).isEqualTo(seq);
            assertThat(verdict.reason()).contains(reason);
        }
    }
}
