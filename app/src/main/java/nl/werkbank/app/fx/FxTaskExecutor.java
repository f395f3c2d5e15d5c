package nl.werkbank.app.fx;

import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Two named daemon threads: one for saves and loads, so saves happen in the order the user made them, and one for
 * jobs (imports, exports), so a long job never makes a save wait behind it. Results are handed back on the FX
 * thread. Work waits until the database is open; if it cannot be opened the work is dropped without a word (the
 * application explains that once, instead of every screen failing).
 */
public final class FxTaskExecutor implements TaskExecutor {

    private static final AtomicInteger COUNTER = new AtomicInteger();

    private final CompletableFuture<?> ready;
    private final ExecutorService storage = thread("werkbank-storage-");
    private final ExecutorService jobs = thread("werkbank-job-");
    private final ReadOnlyObjectWrapper<Job> running = new ReadOnlyObjectWrapper<>();
    private volatile Job current;

    /** @param ready done when the database is open */
    public FxTaskExecutor(CompletableFuture<?> ready) {
        this.ready = ready;
    }

    private static ExecutorService thread(String prefix) {
        return Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, prefix + COUNTER.incrementAndGet());
            thread.setDaemon(true);
            thread.setUncaughtExceptionHandler((t, e) -> log().error("Uncaught exception in {}", t.getName(), e));
            return thread;
        });
    }

    @Override
    public <T> void execute(BackgroundTask<T> task) {
        Job job = task.job();
        (job == null ? storage : jobs).execute(() -> {
            try {
                ready.join();
            } catch (CompletionException | CancellationException e) {
                return;
            }
            if (job != null) {
                job.publishWith(Platform::runLater);
                current = job;
                Platform.runLater(() -> running.set(job));
            }
            try {
                T result = task.work().call();
                Platform.runLater(() -> {
                    clear(job);
                    task.succeeded(result);
                });
            } catch (Exception e) {
                Platform.runLater(() -> {
                    clear(job);
                    task.failed(e);
                });
            } finally {
                current = null;
            }
        });
    }

    private void clear(Job job) {
        if (job != null && running.get() == job) {
            running.set(null);
        }
    }

    @Override
    public ReadOnlyObjectProperty<Job> runningJob() {
        return running.getReadOnlyProperty();
    }

    /** Stops a running job (it rolls back) and finishes queued saves (at most a few seconds) before the database closes. */
    @Override
    public void shutdown() {
        Job job = current;
        if (job != null) {
            job.cancel();
        }
        jobs.shutdown();
        storage.shutdown();
        try {
            if (!storage.awaitTermination(10, TimeUnit.SECONDS) || !jobs.awaitTermination(10, TimeUnit.SECONDS)) {
                log().warn("Storage work still running at shutdown");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Not a static field: logging starts with the database, off the FX thread. */
    private static Logger log() {
        return LoggerFactory.getLogger(FxTaskExecutor.class);
    }
}
