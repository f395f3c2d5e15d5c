package nl.werkbank.core.meetings;

import java.time.Instant;
import java.util.UUID;

/** What a person brings to the meeting (incheck). Private entries never leave the laptop. */
public record CheckIn(UUID id, UUID meetingId, UUID personId, String text, Integer energy, boolean privateEntry,
                      boolean passed, Instant createdAt, Instant updatedAt) {

    public static CheckIn create(UUID meetingId, UUID personId, String text, Integer energy, boolean privateEntry,
                                 boolean passed) {
        return new CheckIn(UUID.randomUUID(), meetingId, personId, text, energy, privateEntry, passed, null, null);
    }
}
