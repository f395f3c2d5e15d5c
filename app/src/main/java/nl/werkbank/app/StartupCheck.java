package nl.werkbank.app;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.slf4j.LoggerFactory;
import nl.werkbank.core.Werkbank;
import nl.werkbank.core.common.Problem;
import nl.werkbank.core.storage.Backup;
import nl.werkbank.core.storage.Backups;

/**
 * The check at every start: damage is looked for (never silently continued with), and when there is none the
 * daily backup is made if the last is a day old. It runs on a thread of its own with its own connection (reads
 * only), so saves never wait for it: on the big Werkplaats (270,000 records) it reads for 3–7 seconds.
 */
final class StartupCheck {

    /** @param recovered the backup put back because an import, demo load or restore had been interrupted */
    record Result(List<Problem> problems, Optional<Backup> latestSound, Optional<Backup> recovered) {
        boolean damaged() {
            return !problems.isEmpty();
        }
    }

    private StartupCheck() {
    }

    /** Starts the check once the database is open; {@code done} gets the result (not on the FX thread). */
    static void inBackground(Werkbank werkbank, Integer retentionMonths, Consumer<Result> done) {
        Thread thread = new Thread(() -> {
            try {
                werkbank.opened().join();
                done.accept(run(werkbank, retentionMonths));
            } catch (RuntimeException e) {
                // A database that did not open is explained elsewhere; a failed daily backup is only logged.
                LoggerFactory.getLogger(StartupCheck.class).warn("Start-up check or daily backup failed", e);
            }
        }, "startup-check");
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
        thread.start();
    }

    static Result run(Werkbank werkbank) {
        return run(werkbank, null);
    }

    /** The check, the daily backup, and then the bewaartermijn for round texts when one is chosen. */
    static Result run(Werkbank werkbank, Integer retentionMonths) {
        List<Problem> problems = werkbank.check();
        if (problems.isEmpty()) {
            werkbank.backups().ensureRecent();
            if (retentionMonths != null) {
                werkbank.roundRetention().apply(retentionMonths);
            }
        }
        return new Result(problems, Backups.latestSound(werkbank.database().directory()), werkbank.database().recoveredFrom());
    }
}
