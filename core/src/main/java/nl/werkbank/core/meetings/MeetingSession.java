package nl.werkbank.core.meetings;

import java.util.UUID;
import nl.werkbank.core.learning.LearningNoteService;
import nl.werkbank.core.people.OrganizationRow;
import nl.werkbank.core.people.OrganizationService;
import nl.werkbank.core.people.PersonRow;
import nl.werkbank.core.people.PersonService;
import nl.werkbank.core.storage.Database;
import nl.werkbank.core.teams.TeamRow;
import nl.werkbank.core.teams.TeamService;

/** The meeting screen's one door for loading: {@link #open} reads all it shows in one transaction and writes nothing. */
public final class MeetingSession {

    private final Database db;
    private final Services services;

    /** The services a meeting draws on. */
    public record Services(MeetingService meetings, TeamService teams, OrganizationService organizations, PersonService people,
                           AttendanceService attendance, AgendaService agenda, LearningNoteService notes, RoundService rounds,
                           CheckInQuestions questions) {
    }

    public MeetingSession(Database db, Services services) {
        this.db = db;
        this.services = services;
    }

    public OpenMeeting open(UUID id) {
        Services s = services;
        return db.atomically(() -> {
            Meeting meeting = s.meetings().get(id);
            String suggestion = meeting.teamId() != null && meeting.checkInQuestion() == null
                    ? s.questions().suggest(meeting.teamId(), meeting.date(), null) : null;
            String team = meeting.teamId() == null ? null : s.teams().get(meeting.teamId()).name();
            return new OpenMeeting(meeting, suggestion, team, s.meetings().venues(),
                    s.organizations().list().stream().map(OrganizationRow::organization).toList(),
                    s.people().list().stream().map(PersonRow::person).toList(), s.attendance().lines(id), s.agenda().of(id),
                    s.notes().of(id), s.rounds().checkIns(id), s.rounds().checkOuts(id), s.rounds().evaluationAnswers(id), s.rounds().previousIntentions(id),
                    s.meetings().visitors(id), s.meetings().organizationVisitors(id), s.questions().active(Question.Kind.CHECK_OUT),
                    s.teams().list().stream().map(TeamRow::team).toList());
        });
    }
}
