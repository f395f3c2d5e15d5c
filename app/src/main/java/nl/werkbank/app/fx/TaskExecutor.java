package nl.werkbank.app.fx;

/** Runs {@link BackgroundTask}s: off the FX thread in the app, on the calling thread in tests. */
public interface TaskExecutor {

    <T> void execute(BackgroundTask<T> task);

    void shutdown();
}
