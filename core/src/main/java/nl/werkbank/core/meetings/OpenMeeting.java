package nl.werkbank.core.meetings;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.werkbank.core.teams.Team;
import nl.werkbank.core.learning.LearningNote;
import nl.werkbank.core.people.Organization;
import nl.werkbank.core.people.Person;

/**
 * Everything the meeting screen shows, read at one moment. {@code suggestedCheckInQuestion} is a proposal for a
 * team meeting without a question yet (null otherwise): opening a meeting stores nothing.
 */
public record OpenMeeting(Meeting meeting, String suggestedCheckInQuestion, String teamName, List<Venue> venues,
                          List<Organization> organizations, List<Person> people, List<AttendanceLine> lines,
                          List<AgendaItem> agenda, List<LearningNote> notes, List<CheckIn> checkIns, List<CheckOut> checkOuts,
                          List<EvaluationAnswer> evaluationAnswers,
                          Map<UUID, PreviousIntention> previous, Map<VisitorCategory, Integer> visitors,
                          List<OrganizationVisitors> organizationVisitors,
                          List<String> checkOutQuestions, List<Team> teams) {
}
