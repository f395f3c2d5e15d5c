package nl.werkbank.app.sync;

import java.time.Duration;
import java.util.Optional;
import nl.werkbank.app.i18n.Localization;

/** What a sync says beside its counts, the same in the window and on the command line. */
public final class SyncTexts {

    private SyncTexts() {
    }

    /** A laptop clock that is off is worth saying: what it sent got the server's time (ADR 0022). */
    public static Optional<String> clock(Duration offset, Localization i18n) {
        if (offset.abs().compareTo(Duration.ofMinutes(1)) <= 0) {
            return Optional.empty();
        }
        long minutes = Math.max(1, offset.abs().toMinutes());
        return Optional.of(i18n.tr(offset.isNegative() ? "cli.sync.clockBehind" : "cli.sync.clockAhead", minutes));
    }
}
