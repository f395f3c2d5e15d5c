package nl.werkbank.app.fx;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/** Runs tasks immediately on the calling thread: deterministic view model and UI tests. */
public final class CurrentThreadTaskExecutor implements TaskExecutor {

    private final ReadOnlyObjectWrapper<Job> running = new ReadOnlyObjectWrapper<>();

    @Override
    public <T> void execute(BackgroundTask<T> task) {
        running.set(task.job());
        T result;
        try {
            result = task.work().call();
        } catch (Exception e) {
            running.set(null);
            task.failed(e);
            return;
        }
        running.set(null);
        task.succeeded(result);
    }

    @Override
    public ReadOnlyObjectProperty<Job> runningJob() {
        return running.getReadOnlyProperty();
    }

    @Override
    public void shutdown() {
        // nothing queued
    }
}
