package nl.werkbank.core.hours;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * An overview as it was issued (sent) to one organisation, or the Overig statement ({@code organizationId}
 * null): frozen content (JSON), the rules in force, a version. Never changed after issuing.
 */
public record HoursStatement(UUID id, UUID organizationId, Period period, int version, Instant issuedAt, String rules,
                             BigDecimal totalHours, BigDecimal totalCash, String content) {
}
