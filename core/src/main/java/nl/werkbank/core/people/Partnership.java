package nl.werkbank.core.people;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import nl.werkbank.core.common.DateRange;

/** A period in which an organisation is a partner (or trekker) of the Werkplaats. */
public record Partnership(UUID id, UUID organizationId, PartnershipRole role, LocalDate from, LocalDate to,
                          Instant createdAt, Instant updatedAt) {

    public static Partnership create(UUID organizationId, PartnershipRole role, LocalDate from, LocalDate to) {
        return new Partnership(UUID.randomUUID(), organizationId, role, from, to, null, null);
    }

    public DateRange range() {
        return new DateRange(from, to);
    }
}
