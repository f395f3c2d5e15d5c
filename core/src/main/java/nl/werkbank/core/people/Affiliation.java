package nl.werkbank.core.people;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import nl.werkbank.core.common.DateRange;

/** "Dienstverband": the organisation a person represents from one date to another. */
public record Affiliation(UUID id, UUID personId, UUID organizationId, LocalDate from, LocalDate to,
                          Instant createdAt, Instant updatedAt) {

    public static Affiliation create(UUID personId, UUID organizationId, LocalDate from, LocalDate to) {
        return new Affiliation(UUID.randomUUID(), personId, organizationId, from, to, null, null);
    }

    public DateRange range() {
        return new DateRange(from, to);
    }
}
