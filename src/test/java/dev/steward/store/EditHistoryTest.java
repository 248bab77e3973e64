package dev.steward.store;

import dev.steward.app.Actor;
import dev.steward.app.Edit;
import dev.steward.app.EditHistory;
import dev.steward.app.EntityChange;
import dev.steward.app.EntityKinds;
import dev.steward.app.RegisterPort;
import dev.steward.domain.ChangeAction;
import dev.steward.domain.ChangeEntry;
import dev.steward.domain.Person;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

class EditHistoryTest {
    @TempDir
    Path dir;

    @Test
    void undoAndRedoRestoreStatesAndAreLoggedAsEdits() {
        try (RegisterPort r = TestRegisters.create(dir.resolve("h.steward"))) {
            EditHistory history = new EditHistory(r, new Actor("alice", "Zoë"), 100);
            AtomicInteger notified = new AtomicInteger();
            history.addListener(notified::incrementAndGet);
            Person ada = Person.of("P-0001", "Ada");
            Person renamed = Person.of("P-0001", "Ada Lovelace");
            history.perform(Edit.of("Add Ada", EntityChange.create(EntityKinds.PERSON, ada)));
            history.perform(Edit.of("Rename Ada", EntityChange.update(EntityKinds.PERSON, ada, renamed)));
            assertThat(history.nextUndoDescription()).contains("Rename Ada");

            history.undo();
            assertThat(r.find(EntityKinds.PERSON, "P-0001")).contains(ada);
            assertThat(history.canRedo()).isTrue();
            history.undo();
            assertThat(r.find(EntityKinds.PERSON, "P-0001")).isEmpty();
            assertThat(history.canUndo()).isFalse();
            history.redo();
            assertThat(r.find(EntityKinds.PERSON, "P-0001")).contains(ada);

            var rows = r.changeLog().page(0, 10);
            assertThat(rows).extracting(ChangeEntry::action).containsExactly(ChangeAction.CREATE, ChangeAction.UPDATE,
                    ChangeAction.UNDO, ChangeAction.UNDO, ChangeAction.REDO);
            assertThat(rows.get(3).afterJson()).as("undoing a creation deletes").isNull();
            assertThat(rows).allSatisfy(e -> assertThat(e.actor()).isEqualTo("alice (Zoë)"));
            assertThat(notified.get()).isEqualTo(5);
            assertThat(r.changeLog().verify().intact()).isTrue();
        }
    }

    @Test
    void aNewEditClearsTheRedoStack() {
        try (RegisterPort r = TestRegisters.create(dir.resolve("h2.steward"))) {
            EditHistory history = new EditHistory(r, new Actor("bob", null), 100);
            history.perform(Edit.of("Add", EntityChange.create(EntityKinds.PERSON, Person.of("P-0001", "A"))));
            history.undo();
            history.perform(Edit.of("Add other", EntityChange.create(EntityKinds.PERSON, Person.of("P-0002", "B"))));
            assertThat(history.canRedo()).isFalse();
            assertThat(history.redo()).isEmpty();
        }
    }

    @Test
    void keepsAtMostItsLimitOfUndoSteps() {
        try (RegisterPort r = TestRegisters.create(dir.resolve("h3.steward"))) {
            EditHistory history = new EditHistory(r, new Actor("bob", null), 2);
            for (int i = 1; i <= 3; i++) {
                history.perform(Edit.of("Add " + i, EntityChange.create(EntityKinds.PERSON, Person.of("P-000" + i, "P" + i))));
            }
            assertThat(history.undo()).isPresent();
            assertThat(history.undo()).isPresent();
            assertThat(history.undo()).isEmpty();
            assertThat(r.count(EntityKinds.PERSON)).isEqualTo(1);
        }
    }
}
