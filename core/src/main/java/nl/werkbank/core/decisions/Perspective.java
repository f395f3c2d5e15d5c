package nl.werkbank.core.decisions;

import java.time.Instant;
import java.util.UUID;

/** Step 2: one perspective, one line, with its valence and whether it is de andere stem. Author optional. */
public record Perspective(UUID id, UUID decisionId, UUID meetingId, int round, String text, Valence valence,
                          boolean otherVoice, UUID personId, String personName, Instant createdAt, Instant updatedAt) {

    /** A new perspective for the decision's current round in this meeting (the service fills in round). */
    public static Perspective create(UUID decisionId, UUID meetingId, String text, Valence valence, boolean otherVoice,
                                     UUID personId) {
        return new Perspective(UUID.randomUUID(), decisionId, meetingId, 0, text, valence, otherVoice, personId, null, null, null);
    }

    public Perspective with(String newText, Valence newValence, boolean newOtherVoice, UUID newPersonId) {
        return new Perspective(id, decisionId, meetingId, round, newText, newValence, newOtherVoice, newPersonId, null,
                createdAt, updatedAt);
    }
}
