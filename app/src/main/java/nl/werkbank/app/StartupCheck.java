package nl.werkbank.app;

import java.util.List;
import java.util.Optional;
import nl.werkbank.core.Werkbank;
import nl.werkbank.core.common.Problem;
import nl.werkbank.core.storage.Backup;
import nl.werkbank.core.storage.Backups;

/**
 * The check at every start, on the storage thread after the first screen has its data: damage is looked for
 * (never silently continued with), and when there is none the daily backup is made if the last is a day old.
 */
final class StartupCheck {

    record Result(List<Problem> problems, Optional<Backup> latestSound) {
        boolean damaged() {
            return !problems.isEmpty();
        }
    }

    private StartupCheck() {
    }

    static Result run(Werkbank werkbank) {
        List<Problem> problems = werkbank.check();
        if (problems.isEmpty()) {
            werkbank.backups().ensureRecent();
        }
        return new Result(problems, Backups.latestSound(werkbank.database().directory()));
    }
}
