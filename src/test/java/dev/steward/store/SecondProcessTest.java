package dev.steward.store;

import dev.steward.app.Edit;
import dev.steward.app.EditOrigin;
import dev.steward.app.EntityChange;
import dev.steward.app.EntityKinds;
import dev.steward.app.ReadOnlyRegisterException;
import dev.steward.app.RegisterPort;
import dev.steward.domain.Person;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SecondProcessTest {
    @TempDir
    Path dir;

    @Test
    void aSecondProcessGetsAReadOnlyRegisterAndCannotWrite() throws Exception {
        Path file = dir.resolve("shared.steward");
        try (RegisterPort r = TestRegisters.create(file)) {
            r.apply(Edit.of("add", EntityChange.create(EntityKinds.PERSON, Person.of("P-0001", "Ada"))), EditOrigin.DO, "t");
        }
        Process holder = ChildJvm.start(HoldOpenChild.class, file.toString());
        try {
            assertThat(ChildJvm.output(holder).readLine()).isEqualTo("holding");
            try (RegisterPort second = TestRegisters.files().open(file)) {
                assertThat(second.readOnly()).isTrue();
                assertThat(second.all(EntityKinds.PERSON)).extracting(Person::name).containsExactly("Ada");
                assertThat(second.changeLog().verify().intact()).isTrue();
                Edit edit = Edit.of("add", EntityChange.create(EntityKinds.PERSON, Person.of("P-0002", "Bob")));
                assertThatThrownBy(() -> second.apply(edit, EditOrigin.DO, "t"))
                        .isInstanceOf(ReadOnlyRegisterException.class)
                        .hasMessageContaining("shared.steward is open in another Steward window or process");
            }
        } finally {
            holder.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
        try (RegisterPort after = TestRegisters.files().open(file)) {
            assertThat(after.readOnly()).as("the lock dies with its process").isFalse();
            assertThat(after.count(EntityKinds.PERSON)).isEqualTo(1);
        }
    }

    @Test
    void aSecondOpenInTheSameProcessIsReadOnlyToo() {
        Path file = dir.resolve("twice.steward");
        try (RegisterPort first = TestRegisters.create(file); RegisterPort second = TestRegisters.files().open(file)) {
            assertThat(first.readOnly()).isFalse();
            assertThat(second.readOnly()).isTrue();
        }
    }
}
