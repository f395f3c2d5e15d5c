package nl.werkbank.core.teams;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import nl.werkbank.core.common.DateRange;

/** A person's role in a team for a period; {@code predecessorId} links a warme overdracht. */
public record Membership(UUID id, UUID teamId, UUID personId, MembershipRole role, LocalDate from, LocalDate to,
                         UUID predecessorId, Instant createdAt, Instant updatedAt) {

    public static Membership create(UUID teamId, UUID personId, MembershipRole role, LocalDate from, LocalDate to) {
        return new Membership(UUID.randomUUID(), teamId, personId, role, from, to, null, null, null);
    }

    public DateRange range() {
        return new DateRange(from, to);
    }

    public Membership withTo(LocalDate newTo) {
        return new Membership(id, teamId, personId, role, from, newTo, predecessorId, createdAt, updatedAt);
    }
}
