package nl.werkbank.core.activity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.werkbank.core.meetings.AttendanceLine;
import nl.werkbank.core.meetings.AttendanceStatus;
import nl.werkbank.core.meetings.MeetingRow;
import nl.werkbank.core.people.Affiliation;
import nl.werkbank.core.people.OrganizationType;
import nl.werkbank.core.teams.Team;
import nl.werkbank.core.teams.TeamMember;

/** Reads a team's {@link TeamPresence}: attendance lines of its last meetings, and its members' organisations. */
final class TeamPresenceReader {

    /** Three meetings in a row not present (afgemeld or afwezig) is the signal to reach out. */
    static final int DROP_OUT = 3;

    private final ActivityService.Sources from;

    TeamPresenceReader(ActivityService.Sources sources) {
        this.from = sources;
    }

    TeamPresence read(UUID teamId, LocalDate today, int last) {
        Team team = from.teams().get(teamId);
        // A team that has ended is shown as it was on its last day.
        LocalDate reference = team.end() != null && team.end().isBefore(today) ? team.end() : today;
        List<MeetingRow> held = from.meetings().list(teamId, LocalDate.of(1900, 1, 1), reference).stream()
                .sorted(Comparator.comparing((MeetingRow row) -> row.meeting().date()).thenComparing(row -> row.meeting().start()))
                .toList();
        List<MeetingRow> shown = held.subList(Math.max(0, held.size() - last), held.size());
        List<Map<UUID, AttendanceStatus>> lists = new ArrayList<>();
        for (MeetingRow meeting : shown) {
            Map<UUID, AttendanceStatus> statuses = new HashMap<>();
            for (AttendanceLine line : from.attendance().lines(meeting.meeting().id())) {
                statuses.put(line.attendance().personId(), line.attendance().status());
            }
            lists.add(statuses);
        }
        Map<UUID, OrganizationType> types = new HashMap<>();
        List<TeamPresence.Member> members = new ArrayList<>();
        Map<Corner, Integer> composition = new EnumMap<>(Corner.class);
        for (TeamMember member : from.teams().membersOn(teamId, reference)) {
            UUID person = member.membership().personId();
            OrganizationType type = organizationType(person, reference, types);
            Corner corner = Corner.of(member.membership().role(), type);
            composition.merge(corner, 1, Integer::sum);
            List<AttendanceStatus> statuses = lists.stream().map(list -> list.get(person)).toList();
            members.add(new TeamPresence.Member(member.personName(), member.organizationName(), corner, statuses,
                    droppedOut(statuses)));
        }
        members.sort(Comparator.comparing(TeamPresence.Member::name, String.CASE_INSENSITIVE_ORDER));
        return new TeamPresence(team.name(), shown.stream().map(row -> row.meeting().date()).toList(), members, composition);
    }

    /** The last {@value #DROP_OUT} meetings the member was on the list of, all without being there. */
    static boolean droppedOut(List<AttendanceStatus> statuses) {
        List<AttendanceStatus> listed = statuses.stream().filter(status -> status != null).toList();
        if (listed.size() < DROP_OUT) {
            return false;
        }
        return listed.subList(listed.size() - DROP_OUT, listed.size()).stream()
                .allMatch(status -> status == AttendanceStatus.ABSENT || status == AttendanceStatus.EXCUSED);
    }

    private OrganizationType organizationType(UUID person, LocalDate today, Map<UUID, OrganizationType> types) {
        return from.people().affiliations(person).stream().map(row -> row.affiliation())
                .filter(a -> !a.from().isAfter(today) && (a.to() == null || !a.to().isBefore(today)))
                .map(Affiliation::organizationId)
                .map(id -> types.computeIfAbsent(id, key -> from.organizations().get(key).type()))
                .findFirst().orElse(null);
    }
}
