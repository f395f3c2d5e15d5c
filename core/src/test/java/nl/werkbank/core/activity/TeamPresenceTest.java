package nl.werkbank.core.activity;

import static java.time.LocalDate.of;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import nl.werkbank.core.Werkbank;
import nl.werkbank.core.meetings.AttendanceLine;
import nl.werkbank.core.meetings.AttendanceStatus;
import nl.werkbank.core.meetings.Meeting;
import nl.werkbank.core.meetings.MeetingMode;
import nl.werkbank.core.meetings.MeetingType;
import nl.werkbank.core.people.Affiliation;
import nl.werkbank.core.people.Organization;
import nl.werkbank.core.people.OrganizationType;
import nl.werkbank.core.people.Person;
import nl.werkbank.core.teams.Membership;
import nl.werkbank.core.teams.MembershipRole;
import nl.werkbank.core.teams.Team;
import nl.werkbank.core.testing.TestWerkbank;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Who dropped out (three meetings in a row not there) and who sits at the table, corner by corner. */
class TeamPresenceTest {

    @TempDir
    Path folder;

    @Test
    void threeAbsencesInARowAreSignalledAndTheVierhoekIsCounted() {
        try (Werkbank werkbank = TestWerkbank.open(folder)) {
            Team team = werkbank.teams().create("Armoede en schulden", false);
            Organization gemeente = werkbank.organizations().create("Gemeente Rotterdam", OrganizationType.MUNICIPALITY, null, false);
            Organization welzijn = werkbank.organizations().create("DOCK", OrganizationType.WELFARE_CARE, null, false);
            Person beleid = person(werkbank, "Anouk Test", gemeente);
            Person uitvoering = person(werkbank, "Bram Test", welzijn);
            Person bewoner = person(werkbank, "Cem Test", null);
            Person student = person(werkbank, "Dewi Test", null);
            for (var entry : Map.of(beleid, MembershipRole.MEMBER, uitvoering, MembershipRole.CORE_MEMBER,
                    bewoner, MembershipRole.RESIDENT, student, MembershipRole.STUDENT).entrySet()) {
                werkbank.teams().saveMembership(Membership.create(team.id(), entry.getKey().id(), entry.getValue(), of(2021, 1, 1), null));
            }
            // Bram: there once, then afgemeld, afwezig, afgemeld. Cem: away twice, then back.
            List<Map<Person, AttendanceStatus>> meetings = List.of(
                    Map.of(uitvoering, AttendanceStatus.PRESENT, bewoner, AttendanceStatus.ABSENT),
                    Map.of(uitvoering, AttendanceStatus.EXCUSED, bewoner, AttendanceStatus.ABSENT),
                    Map.of(uitvoering, AttendanceStatus.ABSENT, bewoner, AttendanceStatus.PRESENT),
                    Map.of(uitvoering, AttendanceStatus.EXCUSED, bewoner, AttendanceStatus.ONLINE));
            for (int i = 0; i < meetings.size(); i++) {
                Meeting meeting = werkbank.meetings().create(Meeting.create(team.id(), MeetingType.TEAM_MEETING, of(2021, 3 + i, 10),
                        LocalTime.of(14, 0), LocalTime.of(16, 0), MeetingMode.ONLINE), null);
                Map<Person, AttendanceStatus> statuses = meetings.get(i);
                for (AttendanceLine line : werkbank.attendance().lines(meeting.id())) {
                    AttendanceStatus status = statuses.entrySet().stream()
                            .filter(e -> e.getKey().id().equals(line.attendance().personId())).map(Map.Entry::getValue)
                            .findFirst().orElse(AttendanceStatus.PRESENT);
                    werkbank.attendance().setStatus(line.attendance().id(), status);
                }
            }

            TeamPresence presence = werkbank.activity().teamPresence(team.id(), of(2021, 12, 1), 3);
            assertThat(presence.meetings()).containsExactly(of(2021, 4, 10), of(2021, 5, 10), of(2021, 6, 10));
            assertThat(presence.members()).filteredOn(TeamPresence.Member::absentThreeInARow)
                    .extracting(TeamPresence.Member::name).containsExactly("Bram Test");
            assertThat(presence.members()).filteredOn(m -> m.name().equals("Bram Test")).singleElement()
                    .satisfies(m -> assertThat(m.statuses()).containsExactly(AttendanceStatus.EXCUSED, AttendanceStatus.ABSENT,
                            AttendanceStatus.EXCUSED));
            assertThat(presence.composition()).containsExactlyInAnyOrderEntriesOf(Map.of(Corner.POLICY, 1, Corner.PRACTICE, 1,
                    Corner.RESIDENTS, 1, Corner.EDUCATION, 1));
            // A team that ended is shown as it was on its last day, not empty.
            werkbank.teams().save(werkbank.teams().get(team.id()).with(team.name(), null, null, null, null, of(2021, 1, 1),
                    of(2021, 6, 30)), false);
            TeamPresence ended = werkbank.activity().teamPresence(team.id(), of(2026, 1, 1), 3);
            assertThat(ended.members()).hasSize(4);
            assertThat(ended.meetings()).last().isEqualTo(of(2021, 6, 10));
        }
    }

    private static Person person(Werkbank werkbank, String name, Organization organization) {
        Person person = werkbank.people().create(name, null, null, false);
        if (organization != null) {
            werkbank.people().saveAffiliation(Affiliation.create(person.id(), organization.id(), of(2020, 1, 1), null));
        }
        return person;
    }
}
