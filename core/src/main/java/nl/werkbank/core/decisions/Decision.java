package nl.werkbank.core.decisions;

import java.time.Instant;
import java.util.UUID;

/**
 * A Deep Democracy decision: the question, the dialogue round it is in, and the outcome (final text,
 * whether the team carries it, status). The steps in between are their own records.
 */
public record Decision(UUID id, UUID meetingId, UUID teamId, String question, int round, String finalText,
                       Support support, DecisionStatus status, boolean showNames, Instant createdAt, Instant updatedAt) {

    public Decision withQuestion(String value) {
        return new Decision(id, meetingId, teamId, value, round, finalText, support, status, showNames, createdAt, updatedAt);
    }

    public Decision withOutcome(String text, Support carried, DecisionStatus newStatus) {
        return new Decision(id, meetingId, teamId, question, round, text, carried, newStatus, showNames, createdAt, updatedAt);
    }

    public Decision withShowNames(boolean value) {
        return new Decision(id, meetingId, teamId, question, round, finalText, support, status, value, createdAt, updatedAt);
    }
}
