package nl.werkbank.core.common;

/**
 * How far long work (an import, an export) has come, and whether the user asked to stop it. The work calls
 * {@link #update} and {@link #checkCancelled} from its own thread now and then; stopping throws
 * {@link CancelledException}, so a transaction around the work rolls back and nothing changes.
 */
public interface Progress {

    /** For callers that show no progress and never cancel (the command line, tests). */
    Progress NONE = new Progress() {
        @Override
        public void update(long done, long total) {
            // nobody watching
        }

        @Override
        public boolean cancelled() {
            return false;
        }
    };

    /** {@code done} of {@code total} units; a total of 0 or less means "busy, size unknown". */
    void update(long done, long total);

    boolean cancelled();

    default void checkCancelled() {
        if (cancelled()) {
            throw new CancelledException();
        }
    }
}
