package nl.werkbank.core.today;

import java.time.LocalDate;
import java.util.List;
import nl.werkbank.core.decisions.ActionRow;
import nl.werkbank.core.meetings.MeetingRow;

/**
 * What Vandaag shows: today's or the next meeting, the ones after it, open actions due soon, how many are overdue
 * and open in all, and whether the Werkplaats has no teams yet (then the page says what to do first).
 */
public record TodayOverview(LocalDate today, MeetingRow next, List<MeetingRow> later, List<ActionRow> due, long overdue,
                           long open, boolean empty) {
}
