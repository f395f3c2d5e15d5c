package nl.werkbank.core.meetings;

import java.time.Instant;
import java.util.UUID;

/** A person's answer in one evaluation round; kept like a check-in (private, or a pass, if so chosen). */
public record EvaluationAnswer(UUID id, UUID meetingId, UUID personId, EvaluationQuestion question, String text,
                               boolean privateEntry, boolean passed, Instant createdAt, Instant updatedAt) {

    public static EvaluationAnswer create(UUID meetingId, UUID personId, EvaluationQuestion question, String text,
                                          boolean privateEntry, boolean passed) {
        return new EvaluationAnswer(UUID.randomUUID(), meetingId, personId, question, text, privateEntry, passed, null, null);
    }
}
