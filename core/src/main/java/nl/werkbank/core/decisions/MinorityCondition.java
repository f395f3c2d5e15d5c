package nl.werkbank.core.decisions;

import java.time.Instant;
import java.util.UUID;

/** Step 6: what the minority needs to go along, and what the majority answered. */
public record MinorityCondition(UUID id, UUID decisionId, UUID meetingId, String text, ConditionAnswer answer,
                                String answerNote, Instant createdAt, Instant updatedAt) {

    public static MinorityCondition create(UUID decisionId, UUID meetingId, String text) {
        return new MinorityCondition(UUID.randomUUID(), decisionId, meetingId, text, null, null, null, null);
    }

    public MinorityCondition with(String newText, ConditionAnswer newAnswer, String newNote) {
        return new MinorityCondition(id, decisionId, meetingId, newText, newAnswer, newNote, createdAt, updatedAt);
    }
}
