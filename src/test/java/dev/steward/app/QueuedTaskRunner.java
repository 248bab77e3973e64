package dev.steward.app;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Background work held until the test runs it ({@link #runNext}, {@link #run(int)}): to look at a
 * view model while its work is still pending, or to finish works in an order of the test's choosing.
 */
public final class QueuedTaskRunner implements TaskRunner {
    private final List<Runnable> queued = new ArrayList<>();

    @Override
    public <T> void run(BackgroundWork<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        queued.add(() -> {
            T result;
            try {
                result = work.run(Progress.NONE);
            } catch (Exception e) {
                onFailure.accept(e);
                return;
            }
            onSuccess.accept(result);
        });
    }

    /** Runs the oldest pending work, with its callbacks. */
    public void runNext() {
        run(0);
    }

    /** Runs the pending work at {@code index} (0 is the oldest), with its callbacks. */
    public void run(int index) {
        queued.remove(index).run();
    }

    public int pending() {
        return queued.size();
    }
}
