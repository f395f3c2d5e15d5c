package nl.werkbank.core.meetings;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;

/** What "Nieuwe bijeenkomst" fills in: the next date in the team's rhythm, same times, mode and venue. */
public record MeetingProposal(LocalDate date, LocalTime start, LocalTime end, MeetingMode mode, UUID venueId,
                              UUID lastMeetingId) {
}
