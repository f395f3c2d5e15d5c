package nl.werkbank.app.fx;

import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.application.Platform;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One named daemon thread for all storage work, so saves happen in the order the user made them;
 * results are handed back on the FX thread. Work waits until the database is open; if it cannot be opened the
 * work is dropped without a word (the application explains that once, instead of every screen failing).
 */
public final class FxTaskExecutor implements TaskExecutor {

    private static final AtomicInteger COUNTER = new AtomicInteger();

    private final CompletableFuture<?> ready;
    private final ExecutorService executor = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "werkbank-storage-" + COUNTER.incrementAndGet());
        thread.setDaemon(true);
        thread.setUncaughtExceptionHandler((t, e) -> log().error("Uncaught exception in {}", t.getName(), e));
        return thread;
    });

    /** @param ready done when the database is open */
    public FxTaskExecutor(CompletableFuture<?> ready) {
        this.ready = ready;
    }

    @Override
    public <T> void execute(BackgroundTask<T> task) {
        executor.execute(() -> {
            try {
                ready.join();
            } catch (CompletionException | CancellationException e) {
                return;
            }
            try {
                T result = task.work().call();
                Platform.runLater(() -> task.succeeded(result));
            } catch (Exception e) {
                Platform.runLater(() -> task.failed(e));
            }
        });
    }

    /** Finishes queued saves (at most a few seconds) before the database closes. */
    @Override
    public void shutdown() {
        executor.shutdown();
        try {
            if (!executor.awaitTermination(10, TimeUnit.SECONDS)) {
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
