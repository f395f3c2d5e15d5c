package nl.werkbank.core.privacy;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import nl.werkbank.core.common.Problem;
import nl.werkbank.core.common.ValidationException;
import nl.werkbank.core.storage.Database;
import nl.werkbank.core.storage.Sql;

/**
 * Bewaartermijn: the texts of check-in and closing rounds of meetings more than N months ago are removed (who took
 * part stays; hours do not depend on the texts). Off unless chosen; applied at every start.
 */
public final class RoundRetention {

    private final Database db;
    private final Clock clock;

    public RoundRetention(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /** Removes round texts of meetings before today minus {@code months}; returns how many texts went. */
    public int apply(int months) {
        if (months < 1 || months > 600) {
            throw new ValidationException(Problem.of("months", "error.retention.months"));
        }
        LocalDate before = LocalDate.now(clock).minusMonths(months);
        var now = clock.instant().atOffset(ZoneOffset.UTC);
        return db.transaction(c -> Sql.update(c, "UPDATE check_in SET text = NULL, updated_at = ? WHERE text IS NOT NULL"
                + " AND meeting_id IN (SELECT id FROM meeting WHERE meeting_date < ?)", now, before)
                + Sql.update(c, "UPDATE check_out SET takeaway = NULL, intention = NULL, updated_at = ?"
                + " WHERE (takeaway IS NOT NULL OR intention IS NOT NULL)"
                + " AND meeting_id IN (SELECT id FROM meeting WHERE meeting_date < ?)", now, before));
    }
}
