package dev.steward.app;

import java.util.function.Consumer;

/**
 * Runs slow work (load, save, import, export) off the UI thread. The UI implements it with
 * javafx.concurrent.Task; tests and the CLI run work on the calling thread.
 */
public interface TaskRunner {

    <T> void run(BackgroundWork<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure);

    /** Work that can report progress and be cancelled. */
    interface BackgroundWork<T> {
        String title();

        T run(Progress progress) throws Exception;
    }

    /** Progress sink handed to background work. */
    interface Progress {
        void update(long done, long total, String message);

        boolean cancelled();

        Progress NONE = new Progress() {
            @Override
            public void update(long done, long total, String message) { }

            @Override
            public boolean cancelled() {
                return false;
            }
        };
    }
}
