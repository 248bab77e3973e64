package dev.steward.ui.controls;

import dev.steward.domain.ControlKind;
import dev.steward.domain.ControlNature;
import dev.steward.domain.Effectiveness;
import dev.steward.domain.ImplementationStatus;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/** The control form shows its choices in words, as the other sections' forms do, not as enum names. */
@ExtendWith(ApplicationExtension.class)
class ControlFormTest {

    @Start
    void start(Stage primary) {
        // no window needed: the form is only built
    }

    @Test
    void choicesReadAsWords(FxRobot robot) {
        AtomicReference<ControlForm> form = new AtomicReference<>();
        robot.interact(() -> form.set(new ControlForm()));
        ControlForm f = form.get();
        assertThat(f.kind.getConverter().toString(ControlKind.PREVENTIVE)).isEqualTo("Preventive");
        assertThat(f.nature.getConverter().toString(ControlNature.PROCEDURAL)).isEqualTo("Procedural");
        assertThat(f.status.getConverter().toString(ImplementationStatus.IN_PROGRESS)).isEqualTo("In progress");
        assertThat(f.status.getConverter().toString(ImplementationStatus.NOT_APPLICABLE)).isEqualTo("Not applicable");
        assertThat(f.effectiveness.getConverter().toString(Effectiveness.PARTIALLY_EFFECTIVE)).isEqualTo("Partially effective");
    }
}
