package nl.werkbank.core.learning;

import java.time.LocalDate;

/** A line of the leerregister: the note, the meeting it came from (date, team), the organisation and its follow-up. */
public record LearningRegisterRow(LearningNote note, LocalDate meetingDate, String teamName, String organizationName,
                                  FollowUp followUp) {
}
