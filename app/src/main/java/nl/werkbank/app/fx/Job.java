package nl.werkbank.app.fx;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import nl.werkbank.core.common.Progress;

/**
 * Long work the user waits for (an import, an export): it runs beside the saves, shows how far it is, and can be
 * stopped. Core calls {@link #update} and {@link #cancelled} from the working thread; the properties change on the
 * FX thread only, at most once per frame's worth of updates.
 */
public final class Job implements Progress {

    private final String title;
    private final boolean stoppable;
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(-1);
    private final ReadOnlyBooleanWrapper stopping = new ReadOnlyBooleanWrapper();
    private final AtomicBoolean cancelled = new AtomicBoolean();
    private final AtomicLong done = new AtomicLong();
    private final AtomicLong total = new AtomicLong();
    private final AtomicBoolean published = new AtomicBoolean(true);
    private volatile Consumer<Runnable> fx = Runnable::run;

    /** Work that checks {@link #cancelled()} as it goes, so it can be stopped. */
    public Job(String title) {
        this(title, true);
    }

    private Job(String title, boolean stoppable) {
        this.title = title;
        this.stoppable = stoppable;
    }

    /** Work that runs to its end once started (writing one workbook): shown, but without a stop button. */
    public static Job unstoppable(String title) {
        return new Job(title, false);
    }

    public boolean stoppable() {
        return stoppable;
    }

    /** Set by the executor: how to hand a change to the FX thread. */
    void publishWith(Consumer<Runnable> onFxThread) {
        this.fx = onFxThread;
    }

    @Override
    public void update(long doneNow, long totalNow) {
        done.set(doneNow);
        total.set(totalNow);
        if (published.compareAndSet(true, false)) {
            fx.accept(() -> {
                published.set(true);
                long of = total.get();
                progress.set(of > 0 ? Math.min(1.0, (double) done.get() / of) : -1);
            });
        }
    }

    @Override
    public boolean cancelled() {
        return cancelled.get();
    }

    /** Asks the work to stop; it stops at its next check and undoes what it started. */
    public void cancel() {
        cancelled.set(true);
        stopping.set(true);
    }

    public String title() {
        return title;
    }

    /** 0..1, or -1 while the size is not known. */
    public ReadOnlyDoubleProperty progress() {
        return progress.getReadOnlyProperty();
    }

    /** True once stop was asked: the stop button says so until the work has rolled back. */
    public ReadOnlyBooleanProperty stopping() {
        return stopping.getReadOnlyProperty();
    }
}
