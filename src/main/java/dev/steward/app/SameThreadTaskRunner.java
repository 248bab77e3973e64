package dev.steward.app;

import java.util.function.Consumer;

/** Runs work at once on the caller's thread: for tests and the command line. */
public final class SameThreadTaskRunner implements TaskRunner {
    @Override
    public <T> void run(BackgroundWork<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        T result;
        try {
            result = work.run(Progress.NONE);
        } catch (Exception | Error e) {
            onFailure.accept(e);
            return;
        }
        onSuccess.accept(result);
    }
}
