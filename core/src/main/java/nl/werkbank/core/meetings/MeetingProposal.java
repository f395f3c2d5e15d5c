package nl.werkbank.core.meetings;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;

/**
 * What "Nieuwe bijeenkomst" fills in: the next date in the team's rhythm, same times, mode and venue.
 * {@code teamEnded} is the end date of a team that has stopped before today (the date then lies within the
 * team's period, and the dialog warns); null for a running team.
 */
public record MeetingProposal(LocalDate date, LocalTime start, LocalTime end, MeetingMode mode, UUID venueId,
                              UUID lastMeetingId, LocalDate teamEnded) {
}
