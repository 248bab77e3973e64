package dev.steward.ui;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * The global error handler: every uncaught error is logged, and the user is told in a dialog. It
 * never loops: one dialog at a time (errors meanwhile are only logged), at most {@link #MAX_DIALOGS}
 * per session (a bug that throws on every pulse would otherwise raise a dialog after each one is
 * closed), and none after a dialog itself failed to show (retrying would fail again, for ever).
 * The same error over and over is logged in full once, then counted, so that it cannot fill the log.
 */
final class UncaughtErrors implements Thread.UncaughtExceptionHandler {
    static final int MAX_DIALOGS = 3;
    private static final Logger LOG = LoggerFactory.getLogger(UncaughtErrors.class);

    private final DialogService dialogs;
    /** Runs a dialog on the FX thread (Platform::runLater in the app). */
    private final Consumer<Runnable> fxThread;
    private final AtomicBoolean showing = new AtomicBoolean();
    private final AtomicInteger dialogsShown = new AtomicInteger();
    private final AtomicInteger unshown = new AtomicInteger();
    /** The last error's kind, message and place, and how often it came again in a row. */
    private String lastSignature = "";
    private int repeats;

    UncaughtErrors(DialogService dialogs, Consumer<Runnable> fxThread) {
        this.dialogs = dialogs;
        this.fxThread = fxThread;
    }

    @Override
    public void uncaughtException(Thread thread, Throwable e) {
        log(thread, e);
        if (dialogsShown.get() >= MAX_DIALOGS || !showing.compareAndSet(false, true)) {
            unshown.incrementAndGet();
            return;
        }
        try {
            fxThread.accept(() -> show(e));
        } catch (RuntimeException cannotSchedule) { // the toolkit has exited: the log has it
            showing.set(false);
        }
    }

    private synchronized void log(Thread thread, Throwable e) {
        StackTraceElement[] at = e.getStackTrace();
        String signature = e.getClass().getName() + ": " + e.getMessage() + " @ " + (at.length > 0 ? at[0] : "?");
        if (!signature.equals(lastSignature)) {
            lastSignature = signature;
            repeats = 0;
            LOG.error("Unexpected error on {}", thread.getName(), e);
            return;
        }
        repeats++;
        if (repeats == 1 || repeats == 10 || repeats % 100 == 0) {
            LOG.error("The same unexpected error again on {} ({} repeat(s) so far): {}", thread.getName(), repeats, signature);
        }
    }

    /** Errors logged but not shown in a dialog (while one was open, or past the limit). */
    int unshownCount() {
        return unshown.get();
    }

    private void show(Throwable e) {
        int number = dialogsShown.incrementAndGet();
        String message = (e.getMessage() == null || e.getMessage().isBlank() ? e.getClass().getSimpleName() : e.getMessage())
                + (number == MAX_DIALOGS ? "\n\nFurther unexpected errors in this session are only written to the log." : "");
        try {
            dialogs.showError("Something went wrong", message, e);
        } catch (RuntimeException | LinkageError | java.util.ServiceConfigurationError failure) {
            LOG.error("Could not show the error dialog; further errors are only logged", failure);
            dialogsShown.set(MAX_DIALOGS);
        }
        showing.set(false);
    }
}
