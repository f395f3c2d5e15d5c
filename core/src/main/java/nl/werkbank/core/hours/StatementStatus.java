package nl.werkbank.core.hours;

import java.math.BigDecimal;
import java.util.UUID;

/** For one row of the overview: the latest issued version (if any) and how the numbers differ now. */
public record StatementStatus(UUID organizationId, HoursStatement latest, BigDecimal currentHours, BigDecimal currentCash) {

    public boolean issued() {
        return latest != null;
    }

    /** Current hours minus what was sent (0 when nothing changed; the current total when never sent). */
    public BigDecimal hoursDifference() {
        return latest == null ? currentHours : currentHours.subtract(latest.totalHours());
    }

    public BigDecimal cashDifference() {
        return latest == null ? currentCash : currentCash.subtract(latest.totalCash());
    }

    /** Never sent, or changed since it was sent. */
    public boolean needsIssuing() {
        return latest == null || hoursDifference().signum() != 0 || cashDifference().signum() != 0;
    }
}
