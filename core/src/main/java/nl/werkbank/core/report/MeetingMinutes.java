package nl.werkbank.core.report;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.werkbank.core.Werkbank;
import nl.werkbank.core.decisions.ActionRow;
import nl.werkbank.core.decisions.Decision;
import nl.werkbank.core.decisions.DecisionHistory;
import nl.werkbank.core.learning.LearningNote;
import nl.werkbank.core.meetings.AgendaItem;
import nl.werkbank.core.meetings.AttendanceLine;
import nl.werkbank.core.meetings.CheckIn;
import nl.werkbank.core.meetings.CheckOut;
import nl.werkbank.core.meetings.EvaluationAnswer;
import nl.werkbank.core.meetings.Meeting;
import nl.werkbank.core.meetings.Venue;
import nl.werkbank.core.people.Person;
import nl.werkbank.core.people.PersonRow;

/**
 * Everything the verslag of one meeting shows, for those who were absent. Private check-in, closing-round and
 * evaluation entries are left out here, so no writer can put them in a file. Evaluation answers come per question.
 */
public record MeetingMinutes(Meeting meeting, String teamName, String venueName, List<AttendanceLine> attendance,
                             List<NamedEntry<CheckIn>> checkIns, List<NamedEntry<CheckOut>> checkOuts,
                             List<NamedEntry<EvaluationAnswer>> evaluation, List<AgendaItem> agenda,
                             List<DecisionHistory> decisions, List<ActionRow> actions, List<LearningNote> learningNotes) {

    /** An entry of a round with the name of the person. */
    public record NamedEntry<T>(String name, T entry) {
    }

    public static MeetingMinutes collect(Werkbank werkbank, UUID meetingId) {
        Meeting meeting = werkbank.meetings().get(meetingId);
        String team = meeting.teamId() == null ? null : werkbank.teams().get(meeting.teamId()).name();
        String venue = werkbank.meetings().venues().stream().filter(v -> v.id().equals(meeting.venueId())).map(Venue::name)
                .findFirst().orElse(null);
        Map<UUID, String> names = werkbank.people().list().stream().map(PersonRow::person)
                .collect(Collectors.toMap(Person::id, Person::name, (a, b) -> a));
        List<NamedEntry<CheckIn>> checkIns = werkbank.rounds().checkIns(meetingId).stream()
                .filter(entry -> !entry.privateEntry())
                .map(entry -> new NamedEntry<>(names.getOrDefault(entry.personId(), ""), entry)).toList();
        List<NamedEntry<CheckOut>> checkOuts = werkbank.rounds().checkOuts(meetingId).stream()
                .filter(entry -> !entry.privateEntry())
                .map(entry -> new NamedEntry<>(names.getOrDefault(entry.personId(), ""), entry)).toList();
        List<NamedEntry<EvaluationAnswer>> evaluation = werkbank.rounds().evaluationAnswers(meetingId).stream()
                .filter(entry -> !entry.privateEntry())
                .sorted(java.util.Comparator.comparing(EvaluationAnswer::question))
                .map(entry -> new NamedEntry<>(names.getOrDefault(entry.personId(), ""), entry)).toList();
        List<DecisionHistory> decisions = werkbank.decisions().ofMeeting(meetingId).stream().map(Decision::id)
                .map(werkbank.decisions()::history).toList();
        return new MeetingMinutes(meeting, team, venue, werkbank.attendance().lines(meetingId), checkIns, checkOuts, evaluation,
                werkbank.agenda().of(meetingId), decisions, werkbank.actions().ofMeeting(meetingId),
                werkbank.learningNotes().of(meetingId));
    }

    /** The label key of an enum value, as the UI bundles name it: {@code decisionStatus.DECIDED}. */
    public static String key(Enum<?> value) {
        String type = value.getDeclaringClass().getSimpleName();
        return Character.toLowerCase(type.charAt(0)) + type.substring(1) + "." + value.name();
    }
}
