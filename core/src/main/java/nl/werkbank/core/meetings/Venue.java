package nl.werkbank.core.meetings;

import java.time.Instant;
import java.util.UUID;

/** A place where meetings are held (buurthuis, gemeentehuis, hogeschool, or "Teams"). */
public record Venue(UUID id, String name, String address, Instant createdAt, Instant updatedAt) {

    public static Venue create(String name, String address) {
        return new Venue(UUID.randomUUID(), name, address, null, null);
    }
}
