package nl.werkbank.app.decisions;

import java.util.UUID;

/** Someone present at the meeting: can vote, be the author of a perspective, or own an action. */
public record Participant(UUID personId, String name) {
}
