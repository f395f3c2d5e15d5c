package nl.werkbank.core.activity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.werkbank.core.activity.ActivityReport.MeetingLine;
import nl.werkbank.core.activity.ActivityReport.TeamSection;
import nl.werkbank.core.decisions.ActionFilter;
import nl.werkbank.core.decisions.ActionRow;
import nl.werkbank.core.decisions.ActionStatus;
import nl.werkbank.core.decisions.DecisionStatus;
import nl.werkbank.core.hours.Period;
import nl.werkbank.core.meetings.MeetingRow;
import nl.werkbank.core.teams.Membership;
import nl.werkbank.core.teams.Team;
import nl.werkbank.core.teams.TeamMember;

/**
 * One werkteam's part of the report. Members are people (someone with two roles counts once); a hand-over (warme
 * overdracht) is a membership that continues another, so neither side counts as joining or leaving.
 */
final class TeamActivity {

    private final ActivityService.Sources from;
    private final Period period;

    TeamActivity(ActivityService.Sources sources, Period period) {
        this.from = sources;
        this.period = period;
    }

    /** The team's section, or empty when it had neither meetings nor members in the period. */
    Optional<TeamSection> section(Team team) {
        List<MeetingLine> meetings = from.meetings().list(team.id(), period.from(), period.to()).stream()
                .sorted(Comparator.comparing((MeetingRow row) -> row.meeting().date()).thenComparing(row -> row.meeting().start()))
                .map(row -> new MeetingLine(row.meeting().date(), row.meeting().type(), row.meeting().mode(),
                        row.meeting().title(), row.present()))
                .toList();
        List<TeamMember> members = from.teams().memberships(team.id());
        boolean hadMembers = members.stream().anyMatch(m -> overlaps(m.membership()));
        if (meetings.isEmpty() && !hadMembers) {
            return Optional.empty();
        }
        Map<UUID, TeamMember> byId = new HashMap<>();
        Set<UUID> continued = new HashSet<>();
        for (TeamMember member : members) {
            byId.put(member.membership().id(), member);
            if (member.membership().predecessorId() != null) {
                continued.add(member.membership().predecessorId());
            }
        }
        List<String> joined = new ArrayList<>();
        List<String> left = new ArrayList<>();
        List<String> handOvers = new ArrayList<>();
        for (TeamMember member : members) {
            Membership m = member.membership();
            if (m.predecessorId() != null && period.contains(m.from())) {
                TeamMember predecessor = byId.get(m.predecessorId());
                handOvers.add((predecessor == null ? "?" : predecessor.personName()) + " → " + member.personName());
            } else if (m.from().isAfter(period.from()) && !m.from().isAfter(period.to())
                    && !memberOn(members, m.personId(), m.from().minusDays(1))) {
                joined.add(member.personName());
            }
            if (m.to() != null && !m.to().isBefore(period.from()) && m.to().isBefore(period.to()) && !continued.contains(m.id())
                    && !memberOn(members, m.personId(), m.to().plusDays(1))) {
                left.add(member.personName());
            }
        }
        List<ActionRow> actions = from.actions().find(new ActionFilter(team.id(), null, null, false)).stream()
                .filter(row -> row.meetingDate() != null && period.contains(row.meetingDate())).toList();
        int decided = (int) from.decisions().log(team.id(), "").stream()
                .filter(s -> s.decision().status() == DecisionStatus.DECIDED && s.lastWorkedOn() != null
                        && period.contains(s.lastWorkedOn()))
                .count();
        return Optional.of(new TeamSection(team.name(), meetings, membersOn(members, period.from()), membersOn(members, period.to()),
                sorted(joined), sorted(left), handOvers, decided, count(actions, ActionStatus.DONE), count(actions, ActionStatus.OPEN)));
    }

    private boolean overlaps(Membership m) {
        return !m.from().isAfter(period.to()) && (m.to() == null || !m.to().isBefore(period.from()));
    }

    private static int membersOn(List<TeamMember> members, LocalDate date) {
        return (int) members.stream().filter(m -> m.membership().range().contains(date)).map(m -> m.membership().personId())
                .distinct().count();
    }

    private static boolean memberOn(List<TeamMember> members, UUID personId, LocalDate date) {
        return members.stream().anyMatch(m -> m.membership().personId().equals(personId) && m.membership().range().contains(date));
    }

    private static int count(List<ActionRow> actions, ActionStatus status) {
        return (int) actions.stream().filter(row -> row.action().status() == status).count();
    }

    private static List<String> sorted(List<String> names) {
        return names.stream().distinct().sorted(String.CASE_INSENSITIVE_ORDER).toList();
    }
}
