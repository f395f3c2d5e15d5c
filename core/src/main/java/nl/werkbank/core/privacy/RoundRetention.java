package nl.werkbank.core.privacy;

import java.time.Clock;
import java.time.LocalDate;
import nl.werkbank.core.common.Problem;
import nl.werkbank.core.common.ValidationException;
import nl.werkbank.core.meetings.RoundService;

/**
 * Bewaartermijn: the texts of check-in and closing rounds of meetings more than N months ago are removed (who took
 * part stays; hours do not depend on the texts). Off unless chosen; applied at every start.
 */
public final class RoundRetention {

    private final RoundService rounds;
    private final Clock clock;

    public RoundRetention(RoundService rounds, Clock clock) {
        this.rounds = rounds;
        this.clock = clock;
    }

    /** Removes round texts of meetings before today minus {@code months}; returns how many texts went. */
    public int apply(int months) {
        if (months < 1 || months > 600) {
            throw new ValidationException(Problem.of("months", "error.retention.months"));
        }
        LocalDate before = LocalDate.now(clock).minusMonths(months);
        return rounds.clearTextsBefore(before);
    }
}
