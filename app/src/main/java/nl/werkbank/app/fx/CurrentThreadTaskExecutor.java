package nl.werkbank.app.fx;

/** Runs tasks immediately on the calling thread: deterministic view model and UI tests. */
public final class CurrentThreadTaskExecutor implements TaskExecutor {

    @Override
    public <T> void execute(BackgroundTask<T> task) {
        T result;
        try {
            result = task.work().call();
        } catch (Exception e) {
            task.failed(e);
            return;
        }
        task.succeeded(result);
    }

    @Override
    public void shutdown() {
        // nothing queued
    }
}
