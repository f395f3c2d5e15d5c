package nl.werkbank.core.meetings;

import java.time.Instant;
import java.util.UUID;

/** What a person takes away (uitcheck) and their voornemen for next time. */
public record CheckOut(UUID id, UUID meetingId, UUID personId, String takeaway, String intention,
                       boolean privateEntry, boolean passed, Instant createdAt, Instant updatedAt) {

    public static CheckOut create(UUID meetingId, UUID personId, String takeaway, String intention,
                                  boolean privateEntry, boolean passed) {
        return new CheckOut(UUID.randomUUID(), meetingId, personId, takeaway, intention, privateEntry, passed, null, null);
    }
}
