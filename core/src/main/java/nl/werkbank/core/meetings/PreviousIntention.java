package nl.werkbank.core.meetings;

import java.time.LocalDate;

/** A voornemen someone made at an earlier meeting of the team, to ask about at the next check-in. */
public record PreviousIntention(String intention, LocalDate meetingDate) {
}
