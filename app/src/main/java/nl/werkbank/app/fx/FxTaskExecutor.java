package nl.werkbank.app.fx;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.application.Platform;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One named daemon thread for all storage work, so saves happen in the order the user made them;
 * results are handed back on the FX thread.
 */
public final class FxTaskExecutor implements TaskExecutor {

    private static final Logger LOG = LoggerFactory.getLogger(FxTaskExecutor.class);
    private static final AtomicInteger COUNTER = new AtomicInteger();

    private final ExecutorService executor = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "werkbank-storage-" + COUNTER.incrementAndGet());
        thread.setDaemon(true);
        thread.setUncaughtExceptionHandler((t, e) -> LOG.error("Uncaught exception in {}", t.getName(), e));
        return thread;
    });

    @Override
    public <T> void execute(BackgroundTask<T> task) {
        executor.execute(() -> {
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
                LOG.warn("Storage work still running at shutdown");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
