package nl.werkbank.app.fx;

import javafx.beans.property.ReadOnlyObjectProperty;

/**
 * Runs {@link BackgroundTask}s: off the FX thread in the app, on the calling thread in tests. Saves and loads run
 * one after another in the order the user made them; a task marked as a {@link Job} runs beside them, so an
 * import never makes an autosave wait.
 */
public interface TaskExecutor {

    <T> void execute(BackgroundTask<T> task);

    /** The job now running, or null: the status bar shows it with a stop button. Changes on the FX thread. */
    ReadOnlyObjectProperty<Job> runningJob();

    void shutdown();
}
