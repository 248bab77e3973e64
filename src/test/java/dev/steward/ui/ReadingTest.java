package dev.steward.ui;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** When a section says it is reading: a new register's first read, not re-reads, not overtaken reads. */
class ReadingTest {
    private final Object first = "first.steward";
    private final Object second = "second.steward";
    private final Reading reading = new Reading();

    @Test
    void aNewRegistersFirstReadIsReadingUntilItEnds() {
        reading.started(first);
        assertThat(reading.property().get()).isTrue();
        reading.ended(first);
        assertThat(reading.property().get()).isFalse();
        reading.started(first); // a re-read of what is shown
        assertThat(reading.property().get()).isFalse();
    }

    @Test
    void aReadOvertakenByAnotherRegistersDoesNotEndIt() {
        reading.started(first);
        reading.started(second);
        reading.ended(first); // the first's read ends after the second was opened
        assertThat(reading.property().get()).isTrue();
        reading.ended(second);
        assertThat(reading.property().get()).isFalse();
    }

    @Test
    void closingTheRegisterEndsReadingAndTheNextOpenReadsAgain() {
        reading.started(first);
        reading.ended(first);
        reading.started(null);
        assertThat(reading.property().get()).isFalse();
        reading.started(first);
        assertThat(reading.property().get()).isTrue();
    }

    @Test
    void thePlaceholderSaysReadingUntilTheDataIsRead() throws Exception {
        org.testfx.api.FxToolkit.registerPrimaryStage(); // a Label needs the toolkit
        reading.started(first);
        var label = Reading.placeholder(reading.property(), "Checking the policies…", "No violations");
        assertThat(label.getText()).isEqualTo("Checking the policies…");
        reading.ended(first);
        assertThat(label.getText()).isEqualTo("No violations");
    }
}
