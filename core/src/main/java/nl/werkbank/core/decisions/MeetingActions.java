package nl.werkbank.core.decisions;

import java.util.List;

/** A meeting's actions, read together: the team's open ones from earlier meetings, and those made here. */
public record MeetingActions(List<ActionRow> toReview, List<ActionRow> made) {
}
