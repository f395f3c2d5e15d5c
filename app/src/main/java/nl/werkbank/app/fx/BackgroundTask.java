package nl.werkbank.app.fx;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Work for the database or disk, with what to do afterwards on the FX thread:
 * {@code BackgroundTask.wrap(() -> service.save(x)).onSuccess(...).onFailure(...).executeWith(executor)}.
 */
public final class BackgroundTask<T> {

    private final Callable<T> work;
    private Consumer<T> onSuccess = result -> { };
    private Consumer<Exception> onFailure = e -> { };
    private Runnable onFinished = () -> { };
    private Job job;

    private BackgroundTask(Callable<T> work) {
        this.work = work;
    }

    public static <T> BackgroundTask<T> wrap(Callable<T> work) {
        return new BackgroundTask<>(work);
    }

    public static BackgroundTask<Void> wrap(Runnable work) {
        return new BackgroundTask<>(() -> {
            work.run();
            return null;
        });
    }

    public BackgroundTask<T> onSuccess(Consumer<T> handler) {
        this.onSuccess = handler;
        return this;
    }

    public BackgroundTask<T> onFailure(Consumer<Exception> handler) {
        this.onFailure = handler;
        return this;
    }

    /** Runs after success or failure, e.g. to re-enable a button. */
    public BackgroundTask<T> onFinished(Runnable handler) {
        this.onFinished = handler;
        return this;
    }

    /**
     * Marks this as long work the user waits for: it runs beside the saves instead of before them, and the status
     * bar shows {@code job} (its progress and a stop button) while it runs.
     */
    public BackgroundTask<T> asJob(Job longJob) {
        this.job = longJob;
        return this;
    }

    public void executeWith(TaskExecutor executor) {
        executor.execute(this);
    }

    /** The job this is, or null for ordinary storage work (a save, a load). */
    Job job() {
        return job;
    }

    Callable<T> work() {
        return work;
    }

    void succeeded(T result) {
        try {
            onSuccess.accept(result);
        } finally {
            onFinished.run();
        }
    }

    void failed(Exception e) {
        try {
            onFailure.accept(e);
        } finally {
            onFinished.run();
        }
    }
}
