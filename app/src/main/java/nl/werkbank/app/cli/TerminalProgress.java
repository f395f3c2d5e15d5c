package nl.werkbank.app.cli;

import java.io.PrintWriter;
import nl.werkbank.core.common.Progress;

/** Records or rows done, on one line of a terminal; silent when the output is not a terminal (a script, a log). */
record TerminalProgress(PrintWriter err, boolean terminal) implements Progress {

    static TerminalProgress on(PrintWriter err) {
        return new TerminalProgress(err, System.console() != null);
    }

    @Override
    public void update(long done, long total) {
        if (terminal) {
            err.print("\r" + done + (total > 0 ? " / " + total : "") + (total > 0 && done >= total ? "\n" : "   "));
            err.flush();
        }
    }

    /** Wipes the progress line, so what the command prints next starts on a clean line. */
    void clear() {
        if (terminal) {
            err.print("\r" + " ".repeat(40) + "\r");
            err.flush();
        }
    }

    @Override
    public boolean cancelled() {
        return false;
    }
}
