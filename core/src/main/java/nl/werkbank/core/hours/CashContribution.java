package nl.werkbank.core.hours;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A bijdrage in geld: organisation, date, amount in euros (exact, two decimals), description. */
public record CashContribution(UUID id, UUID organizationId, LocalDate date, BigDecimal amount, String description,
                               Instant createdAt, Instant updatedAt) {

    public static CashContribution create(UUID organizationId, LocalDate date, BigDecimal amount, String description) {
        return new CashContribution(UUID.randomUUID(), organizationId, date, amount, description, null, null);
    }
}
