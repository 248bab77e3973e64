package dev.steward.ui;

import dev.steward.app.Actor;
import dev.steward.app.Edit;
import dev.steward.app.EntityChange;
import dev.steward.app.EntityKinds;
import dev.steward.app.OpenedRegister;
import dev.steward.app.RecentFiles;
import dev.steward.app.RegisterService;
import dev.steward.app.SameThreadTaskRunner;
import dev.steward.catalog.JsonTemplates;
import dev.steward.domain.Person;
import dev.steward.store.SqliteRegisterFiles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;

import static org.assertj.core.api.Assertions.assertThat;

/** The window's view model, without a screen: file commands, warnings, undo state. */
class MainViewModelTest {
    @TempDir
    Path dir;

    private final RecordingDialogs dialogs = new RecordingDialogs();
    private final RegisterService registers = new RegisterService(new SqliteRegisterFiles(Clock.systemUTC(), "test"),
            new JsonTemplates(), new Actor("tester", null));
    private MainViewModel vm;

    /** The view model of a window already on screen (as after its first frame). */
    private MainViewModel vm() {
        unshownVm();
        vm.windowShown();
        return vm;
    }

    private MainViewModel unshownVm() {
        vm = new MainViewModel(registers, new SameThreadTaskRunner(), dialogs, new RecentFiles(dir), Runnable::run,
                java.time.Clock.fixed(java.time.Instant.parse("2026-11-26T14:05:42Z"), java.time.ZoneOffset.UTC));
        return vm;
    }

    /** A demo register changed with plain JDBC, as someone editing the file outside Steward would. */
    private Path demoChangedBehindTheAppsBack(String name, String... sql) throws Exception {
        Path file = dir.resolve(name);
        registers.writeDemo(file);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            for (String s : sql) st.execute(s);
        }
        return file;
    }

    @AfterEach
    void close() {
        if (vm != null && vm.registerProperty().get() != null) vm.registerProperty().get().register().close();
    }

    @Test
    void openingShowsTheRegisterRemembersItAndReportsTheVerifiedChain() {
        Path file = dir.resolve("demo.steward");
        registers.writeDemo(file);
        vm().open(file);
        assertThat(vm.titleProperty().get()).isEqualTo("demo.steward — Steward");
        assertThat(vm.chainStatusProperty().get()).matches("Change log verified on opening · \\d+ entries");
        assertThat(vm.chainBrokenProperty().get()).isFalse();
        vm.verifyChain(); // on demand: the status says when
        assertThat(vm.chainStatusProperty().get()).matches("Change log verified at 14:05 · \\d+ entries");
        assertThat(vm.recentFiles()).containsExactly(file.toAbsolutePath().normalize());
        assertThat(dialogs.shown).isEmpty();
    }

    @Test
    void aFileThatIsNotARegisterGetsAnErrorNamingIt() throws Exception {
        Path text = Files.writeString(dir.resolve("minutes.steward"), "committee minutes");
        vm().open(text);
        assertThat(dialogs.shown).containsExactly(
                "error: Cannot open the register: minutes.steward: is not a Steward register (it is not a SQLite database)");
        assertThat(vm.registerProperty().get()).isNull();
    }

    @Test
    void aTamperedRegisterOpensWithAVisibleWarning() throws Exception {
        Path file = demoChangedBehindTheAppsBack("t.steward", "DROP TRIGGER change_log_no_delete",
                "DELETE FROM change_log WHERE seq = 3");
        vm().open(file);
        assertWarnedBrokenAt(3, "t.steward");
    }

    @Test
    void aRegisterOpenedBeforeTheWindowIsDrawnIsCheckedOnceItIs() throws Exception {
        Path file = demoChangedBehindTheAppsBack("early.steward", "DROP TRIGGER change_log_no_update",
                "UPDATE change_log SET actor = 'mallory' WHERE seq = 2");
        unshownVm().open(file);
        assertThat(vm.titleProperty().get()).isEqualTo("early.steward — Steward");
        assertThat(vm.chainCheckingProperty().get()).isTrue();
        assertThat(vm.chainStatusProperty().get()).isEqualTo("Checking the change log…");
        assertThat(dialogs.shown).isEmpty();
        vm.windowShown();
        assertThat(vm.chainCheckingProperty().get()).isFalse();
        assertWarnedBrokenAt(2, "early.steward");
    }

    /** The status names the first bad entry in red, and one warning dialog names the file. */
    private void assertWarnedBrokenAt(int seq, String file) {
        assertThat(vm.chainBrokenProperty().get()).isTrue();
        assertThat(vm.chainStatusProperty().get()).isEqualTo("Change log BROKEN at entry " + seq);
        assertThat(dialogs.shown).singleElement().asString().startsWith("warning: The change log does not verify: " + file);
    }

    @Test
    void aCheckStillRunningForARegisterNoLongerOpenIsNotReported() throws Exception {
        Path first = demoChangedBehindTheAppsBack("first.steward", "DROP TRIGGER change_log_no_delete",
                "DELETE FROM change_log WHERE seq = 3");
        Path second = dir.resolve("second.steward");
        registers.writeDemo(second);
        var queued = new dev.steward.app.QueuedTaskRunner();
        vm = new MainViewModel(registers, queued, dialogs, new RecentFiles(dir), Runnable::run, Clock.systemUTC());
        vm.windowShown();
        vm.open(first);
        queued.runNext(); // the first opens; its check is queued behind it
        vm.open(second);
        queued.run(1); // the second opens (closing the first) before the first's check ends
        queued.runNext(); // the first's check ends: the first is no longer open
        queued.runNext(); // the second's check
        assertThat(queued.pending()).isZero();
        assertThat(vm.titleProperty().get()).isEqualTo("second.steward — Steward");
        assertThat(vm.chainBrokenProperty().get()).isFalse();
        assertThat(vm.chainStatusProperty().get()).matches("Change log verified on opening · \\d+ entries");
        assertThat(dialogs.shown).isEmpty();
    }

    @Test
    void aRegisterOpenElsewhereIsReadOnlyAndSaysSo() {
        Path file = dir.resolve("shared.steward");
        registers.writeDemo(file);
        OpenedRegister elsewhere = registers.open(file);
        try {
            vm().open(file);
            assertThat(vm.readOnlyProperty().get()).isTrue();
            assertThat(vm.titleProperty().get()).isEqualTo("shared.steward (read-only) — Steward");
            assertThat(dialogs.shown).singleElement().asString().startsWith("warning: Opened read-only");
        } finally {
            elsewhere.register().close();
        }
    }

    @Test
    void undoAndRedoAvailabilityFollowsTheHistory() {
        Path file = dir.resolve("u.steward");
        registers.createEmpty(file).register().close();
        vm().open(file);
        assertThat(vm.canUndoProperty().get()).isFalse();
        long revision = vm.revisionProperty().get();
        vm.registerProperty().get().history().perform(Edit.of("Add Ada", EntityChange.create(EntityKinds.PERSON, Person.of("P-0001", "Ada"))));
        assertThat(vm.canUndoProperty().get()).isTrue();
        assertThat(vm.undoTextProperty().get()).isEqualTo("Undo Add Ada");
        assertThat(vm.revisionProperty().get()).isGreaterThan(revision);
        vm.undo();
        assertThat(vm.canUndoProperty().get()).isFalse();
        assertThat(vm.canRedoProperty().get()).isTrue();
        assertThat(vm.redoTextProperty().get()).isEqualTo("Redo Add Ada");
        vm.redo();
        assertThat(vm.registerProperty().get().register().count(EntityKinds.PERSON)).isEqualTo(1);
    }

    @Test
    void saveAsContinuesInTheCopy() {
        Path file = dir.resolve("a.steward");
        registers.writeDemo(file);
        vm().open(file);
        dialogs.nextSave = dir.resolve("b.steward");
        vm.saveAs();
        assertThat(vm.registerProperty().get().register().file()).isEqualTo(dir.resolve("b.steward"));
        assertThat(vm.registerProperty().get().register().count(EntityKinds.AGENT)).isEqualTo(12);
        assertThat(vm.chainBrokenProperty().get()).isFalse();
    }
}
