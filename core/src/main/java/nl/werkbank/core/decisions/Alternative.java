package nl.werkbank.core.decisions;

import java.time.Instant;
import java.util.UUID;

/**
 * Steps 3 and 4: a no or an alternative with its reason (made safe to say), and how many recognise it
 * when the no is spread (verspreid het nee).
 */
public record Alternative(UUID id, UUID decisionId, UUID meetingId, int round, String text, String reason,
                          Integer recognised, String notes, Instant createdAt, Instant updatedAt) {

    public static Alternative create(UUID decisionId, UUID meetingId, String text, String reason) {
        return new Alternative(UUID.randomUUID(), decisionId, meetingId, 0, text, reason, null, null, null, null);
    }

    public Alternative with(String newText, String newReason) {
        return new Alternative(id, decisionId, meetingId, round, newText, newReason, recognised, notes, createdAt, updatedAt);
    }

    public Alternative spread(Integer newRecognised, String newNotes) {
        return new Alternative(id, decisionId, meetingId, round, text, reason, newRecognised, newNotes, createdAt, updatedAt);
    }
}
