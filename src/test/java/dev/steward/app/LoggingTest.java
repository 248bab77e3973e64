package dev.steward.app;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;

import static org.assertj.core.api.Assertions.assertThat;

/** What is logged before the log file opens reaches it first, in order, once; nothing after it is lost. */
class LoggingTest {

    /** Stands in for the file. */
    static final class Recording extends Handler {
        final List<String> lines = new ArrayList<>();

        @Override
        public void publish(LogRecord record) {
            lines.add(record.getMessage());
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }

    @Test
    void recordsKeptBeforeTheFileOpensAreWrittenFirstThenLaterOnesFollow() {
        Logging.ToFile toFile = new Logging.ToFile();
        toFile.setLevel(Level.INFO);
        toFile.publish(new LogRecord(Level.INFO, "opening demo.steward"));
        toFile.publish(new LogRecord(Level.FINE, "too fine for the file"));
        toFile.publish(new LogRecord(Level.WARNING, "register is read-only"));
        Recording file = new Recording();
        toFile.open(file);
        assertThat(file.lines).containsExactly("opening demo.steward", "register is read-only");
        toFile.publish(new LogRecord(Level.SEVERE, "after the first frame"));
        assertThat(file.lines).containsExactly("opening demo.steward", "register is read-only", "after the first frame");
    }

    @Test
    void aStartUpThatLogsWithoutEndKeepsOnlyTheFirstRecords() {
        Logging.ToFile toFile = new Logging.ToFile();
        for (int i = 0; i < Logging.KEPT + 50; i++) toFile.publish(new LogRecord(Level.INFO, "record " + i));
        Recording file = new Recording();
        toFile.open(file);
        assertThat(file.lines).hasSize(Logging.KEPT).startsWith("record 0").endsWith("record " + (Logging.KEPT - 1));
    }
}
