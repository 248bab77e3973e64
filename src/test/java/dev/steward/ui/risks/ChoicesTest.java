package dev.steward.ui.risks;

import dev.steward.domain.RiskStatus;
import dev.steward.domain.Treatment;
import javafx.scene.control.ComboBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/** The risk form's fixed choices read as words (Mitigate, In treatment), not enum names. */
@ExtendWith(ApplicationExtension.class)
class ChoicesTest {

    @Start
    void start(Stage primary) {
        // no window needed
    }

    @Test
    void enumChoicesReadAsWords(FxRobot robot) {
        AtomicReference<ComboBox<RiskStatus>> status = new AtomicReference<>();
        AtomicReference<ComboBox<Treatment>> treatment = new AtomicReference<>();
        robot.interact(() -> {
            status.set(Choices.ofEnum(RiskStatus.values()));
            treatment.set(Choices.ofEnum(Treatment.values()));
        });
        assertThat(status.get().getItems()).containsExactly(RiskStatus.values());
        assertThat(status.get().getConverter().toString(RiskStatus.IN_TREATMENT)).isEqualTo("In treatment");
        assertThat(treatment.get().getConverter().toString(Treatment.MITIGATE)).isEqualTo("Mitigate");
        assertThat(status.get().getConverter().toString(null)).isEmpty();
    }
}
