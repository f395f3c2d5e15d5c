package nl.werkbank.core.meetings;

import java.time.Instant;
import java.util.UUID;

/** One agenda point: title, werkvorm (method), planned minutes, and the minutes it really took. */
public record AgendaItem(UUID id, UUID meetingId, int position, String title, String method, Integer plannedMinutes,
                         Integer actualMinutes, Instant createdAt, Instant updatedAt) {

    public static AgendaItem create(UUID meetingId, int position, String title, String method, Integer plannedMinutes) {
        return new AgendaItem(UUID.randomUUID(), meetingId, position, title, method, plannedMinutes, null, null, null);
    }

    public AgendaItem withActualMinutes(Integer minutes) {
        return new AgendaItem(id, meetingId, position, title, method, plannedMinutes, minutes, createdAt, updatedAt);
    }

    public AgendaItem with(String newTitle, String newMethod, Integer newPlanned, Integer newActual) {
        return new AgendaItem(id, meetingId, position, newTitle, newMethod, newPlanned, newActual, createdAt, updatedAt);
    }
}
