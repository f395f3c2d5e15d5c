package nl.werkbank.core.meetings;

/** A meeting for lists: with its team and venue names and how many counted as present. */
public record MeetingRow(Meeting meeting, String teamName, String venueName, long present, long visitors) {
}
