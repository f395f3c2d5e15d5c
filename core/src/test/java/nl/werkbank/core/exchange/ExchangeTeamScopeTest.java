package nl.werkbank.core.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import nl.werkbank.core.Werkbank;
import nl.werkbank.core.meetings.GuestRequest;
import nl.werkbank.core.meetings.Meeting;
import nl.werkbank.core.meetings.MeetingMode;
import nl.werkbank.core.meetings.MeetingType;
import nl.werkbank.core.people.Affiliation;
import nl.werkbank.core.people.Organization;
import nl.werkbank.core.people.OrganizationType;
import nl.werkbank.core.people.Person;
import nl.werkbank.core.teams.Team;
import nl.werkbank.core.testing.TestWerkbank;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One werkteam's file carries what its records refer to, all the way up the organisation tree, and nothing of other teams. */
class ExchangeTeamScopeTest {

    @TempDir
    Path folder;

    @Test
    void aTeamFileCarriesItsGuestsOrganisationsUpTheTreeAndImportsOnItsOwn() {
        try (Werkbank laptop = TestWerkbank.open(folder.resolve("laptop"))) {
            Team team = laptop.teams().create("Armoede en schulden", false);
            Team other = laptop.teams().create("Gezond-sociaal", false);
            Organization municipality = laptop.organizations().create("Gemeente Zwolle", OrganizationType.MUNICIPALITY, null, false);
            Organization domain = laptop.organizations().create("Sociaal Domein", OrganizationType.MUNICIPALITY, municipality.id(), false);
            Organization wijkteams = laptop.organizations().create("Wijkteams", OrganizationType.MUNICIPALITY, domain.id(), false);
            Organization wijkteam = laptop.organizations().create("Wijkteam Holtenbroek", OrganizationType.MUNICIPALITY, wijkteams.id(), false);
            Organization elsewhere = laptop.organizations().create("Travers Welzijn", OrganizationType.WELFARE_CARE, null, false);
            Person guest = laptop.people().create("Iris de Boer", null, null, false);
            laptop.people().saveAffiliation(Affiliation.create(guest.id(), wijkteam.id(),
                    LocalDate.of(2026, 1, 1), null));
            Person otherGuest = laptop.people().create("Daan Smit", null, null, false);
            laptop.people().saveAffiliation(Affiliation.create(otherGuest.id(), elsewhere.id(),
                    LocalDate.of(2026, 1, 1), null));
            Meeting meeting = laptop.meetings().create(Meeting.create(team.id(), MeetingType.TEAM_MEETING, LocalDate.of(2026, 11, 19),
                    LocalTime.of(14, 0), LocalTime.of(16, 0), MeetingMode.PHYSICAL), null);
            Meeting otherMeeting = laptop.meetings().create(Meeting.create(other.id(), MeetingType.TEAM_MEETING, LocalDate.of(2026, 11, 20),
                    LocalTime.of(14, 0), LocalTime.of(16, 0), MeetingMode.PHYSICAL), null);
            laptop.attendance().addGuest(meeting.id(), new GuestRequest(guest.id(), null, null, null, false, false));
            laptop.attendance().addGuest(otherMeeting.id(), new GuestRequest(otherGuest.id(), null, null, null, false, false));

            ExportSummary summary = laptop.exchange().export(folder.resolve("team.werkbank"),
                    new ExportOptions(ExchangeScope.team(team.id(), team.name()), false));
            assertThat(summary.counts()).containsEntry("team", 1L).containsEntry("meeting", 1L).containsEntry("attendance", 1L)
                    .containsEntry("person", 1L).containsEntry("affiliation", 1L).containsEntry("organization", 4L)
                    .containsEntry("cash_contribution", 0L);

            try (Werkbank coordinator = TestWerkbank.open(folder.resolve("coordinator"))) {
                ImportResult result = coordinator.exchange().apply(coordinator.exchange().read(summary.file()));
                assertThat(result.counts().get("organization").added()).isEqualTo(4);
                assertThat(coordinator.organizations().list()).extracting(row -> row.organization().name())
                        .containsExactlyInAnyOrder("Gemeente Zwolle", "Sociaal Domein", "Wijkteams", "Wijkteam Holtenbroek");
                assertThat(coordinator.people().list()).extracting(row -> row.person().name()).containsExactly("Iris de Boer");
                assertThat(coordinator.teams().list()).extracting(row -> row.team().name()).containsExactly("Armoede en schulden");
            }
        }
    }
}
