package nl.werkbank.app.fx;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The one long job a screen runs at a time (a read, an import, an export), for its progress bar and stop button:
 * started with a title, cleared when it ends unless a newer one took its place, stopped on request.
 */
public final class RunningJob {

    private final ReadOnlyObjectWrapper<Job> job = new ReadOnlyObjectWrapper<>();

    public Job start(String title) {
        Job started = new Job(title);
        job.set(started);
        return started;
    }

    public void finish(Job finished) {
        if (job.get() == finished) {
            job.set(null);
        }
    }

    /** Asks the running job to stop: it rolls back, so nothing changes. */
    public void stop() {
        Job running = job.get();
        if (running != null) {
            running.cancel();
        }
    }

    public ReadOnlyObjectProperty<Job> property() {
        return job.getReadOnlyProperty();
    }
}
