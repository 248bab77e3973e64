package dev.steward.ui;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

/** The global error handler tells the user, but never loops, never stacks dialogs and never throws. */
class UncaughtErrorsTest {
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private final List<Runnable> fxQueue = new ArrayList<>();
    private final UncaughtErrors errors = new UncaughtErrors(dialogs, fxQueue::add);
    private final Thread thread = Thread.currentThread();
    /** Its log lines are what the handler does first; here they would only clutter the build's output. */
    private final java.util.logging.Logger log = java.util.logging.Logger.getLogger(UncaughtErrors.class.getName());

    @org.junit.jupiter.api.BeforeEach
    void quiet() {
        log.setLevel(java.util.logging.Level.OFF);
    }

    @org.junit.jupiter.api.AfterEach
    void loud() {
        log.setLevel(null);
    }

    private void runFxQueue() {
        for (int i = 0; i < fxQueue.size(); i++) fxQueue.get(i).run(); // what the FX thread would do, in order
        fxQueue.clear();
    }

    @Test
    void anErrorIsShownWithItsMessageOrElseItsKind() {
        errors.uncaughtException(thread, new IllegalStateException("the index is stale"));
        runFxQueue();
        errors.uncaughtException(thread, new NullPointerException());
        runFxQueue();
        assertThat(dialogs.shown).containsExactly("error: Something went wrong: the index is stale",
                "error: Something went wrong: NullPointerException");
    }

    @Test
    void errorsWhileADialogIsOpenAreOnlyLogged() {
        errors.uncaughtException(thread, new IllegalStateException("first"));
        errors.uncaughtException(thread, new IllegalStateException("second, before the first is shown"));
        runFxQueue();
        assertThat(dialogs.shown).containsExactly("error: Something went wrong: first");
        assertThat(errors.unshownCount()).isEqualTo(1);
    }

    @Test
    void aBugThatThrowsOnEveryPulseRaisesAtMostThreeDialogs() {
        for (int pulse = 0; pulse < 50; pulse++) {
            errors.uncaughtException(thread, new IllegalStateException("pulse " + pulse));
            runFxQueue();
        }
        assertThat(dialogs.shown).hasSize(UncaughtErrors.MAX_DIALOGS);
        assertThat(dialogs.shown.get(2)).endsWith("Further unexpected errors in this session are only written to the log.");
        assertThat(errors.unshownCount()).isEqualTo(47);
    }

    @Test
    void theSameErrorOverAndOverIsLoggedInFullOnceThenCounted() {
        List<java.util.logging.LogRecord> records = new ArrayList<>();
        java.util.logging.Handler capture = new java.util.logging.Handler() {
            @Override
            public void publish(java.util.logging.LogRecord r) {
                records.add(r);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        log.setLevel(java.util.logging.Level.ALL);
        log.setUseParentHandlers(false);
        log.addHandler(capture);
        try {
            IllegalStateException everyPulse = new IllegalStateException("layout failed");
            for (int pulse = 0; pulse < 250; pulse++) errors.uncaughtException(thread, everyPulse);
            errors.uncaughtException(thread, new IllegalArgumentException("something else"));
        } finally {
            log.removeHandler(capture);
            log.setUseParentHandlers(true);
        }
        // in full once, then after 1, 10, 100 and 200 repeats; a different error is logged in full again
        assertThat(records).hasSize(6);
        assertThat(records.get(0).getThrown()).hasMessage("layout failed");
        assertThat(records.get(4).getThrown()).isNull();
        assertThat(records.get(5).getThrown()).hasMessage("something else");
    }

    /** Before: a dialog that could not be shown raised an error, whose dialog could not be shown… at 100 % CPU. */
    @Test
    void aDialogThatCannotBeShownEndsTheDialogsInsteadOfLooping() {
        DialogService failing = (DialogService) java.lang.reflect.Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {DialogService.class}, (proxy, method, args) -> {
                    throw new NullPointerException("the owner window has no scene");
                });
        UncaughtErrors handler = new UncaughtErrors(failing, fxQueue::add);
        handler.uncaughtException(thread, new IllegalStateException("boom"));
        assertThatCode(this::runFxQueue).doesNotThrowAnyException();
        handler.uncaughtException(thread, new IllegalStateException("again"));
        assertThat(fxQueue).isEmpty();
        assertThat(handler.unshownCount()).isEqualTo(1);
    }

    @Test
    void anErrorAfterTheToolkitHasGoneIsOnlyLogged() {
        UncaughtErrors handler = new UncaughtErrors(dialogs, r -> {
            throw new IllegalStateException("Toolkit has exited");
        });
        assertThatCode(() -> handler.uncaughtException(thread, new IllegalStateException("late"))).doesNotThrowAnyException();
        assertThat(dialogs.shown).isEmpty();
    }
}
