package nl.werkbank.core.learning;

import java.time.Instant;
import java.util.UUID;

/** A leernotitie of a meeting; an organisation marks doorwerking into that organisation. */
public record LearningNote(UUID id, UUID meetingId, LearningLevel level, LearningForm form, String text,
                           UUID organizationId, Instant createdAt, Instant updatedAt) {

    public static LearningNote create(UUID meetingId, LearningLevel level, LearningForm form, String text, UUID organizationId) {
        return new LearningNote(UUID.randomUUID(), meetingId, level, form, text, organizationId, null, null);
    }
}
