package nl.werkbank.core.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import nl.werkbank.core.Werkbank;
import nl.werkbank.core.meetings.CheckIn;
import nl.werkbank.core.meetings.Meeting;
import nl.werkbank.core.meetings.MeetingMode;
import nl.werkbank.core.meetings.MeetingType;
import nl.werkbank.core.people.Person;
import nl.werkbank.core.teams.Team;
import nl.werkbank.core.testing.TestWerkbank;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Private check-ins stay on the laptop unless the facilitator explicitly includes them; a team export holds one team. */
class ExchangePrivacyTest {

    @TempDir
    Path folder;

    @Test
    void privateCheckInsAreLeftOutUnlessAskedForAndATeamExportHoldsOnlyThatTeam() throws IOException {
        try (Werkbank werkbank = TestWerkbank.open(folder.resolve("laptop"))) {
            Team team = werkbank.teams().create("Armoede en schulden", false);
            Team other = werkbank.teams().create("Gezond-sociaal", false);
            Person anouk = werkbank.people().create("Anouk Prins", "anouk@example.org", null, false);
            Person bram = werkbank.people().create("Bram Visser", null, null, false);
            Person elsewhere = werkbank.people().create("Chantal Dekker", null, null, false);
            Meeting meeting = werkbank.meetings().create(Meeting.create(team.id(), MeetingType.TEAM_MEETING, LocalDate.of(2026, 11, 19),
                    LocalTime.of(14, 0), LocalTime.of(16, 0), MeetingMode.PHYSICAL), null);
            Meeting otherMeeting = werkbank.meetings().create(Meeting.create(other.id(), MeetingType.TEAM_MEETING,
                    LocalDate.of(2026, 11, 20), LocalTime.of(14, 0), LocalTime.of(16, 0), MeetingMode.PHYSICAL), null);
            werkbank.rounds().saveCheckIn(CheckIn.create(meeting.id(), anouk.id(), "Mijn moeder is ziek, ik ben moe", 2, true, false));
            werkbank.rounds().saveCheckIn(CheckIn.create(meeting.id(), bram.id(), "Zin in vandaag", 4, false, false));
            werkbank.rounds().saveCheckIn(CheckIn.create(otherMeeting.id(), elsewhere.id(), "Druk op het werk", 3, false, false));

            ExportSummary plain = werkbank.exchange().export(folder.resolve("team.json"),
                    new ExportOptions(ExchangeScope.team(team.id(), team.name()), false));
            String text = Files.readString(plain.file());
            assertThat(text).doesNotContain("Mijn moeder is ziek").contains("Zin in vandaag")
                    .doesNotContain("Druk op het werk").doesNotContain("Gezond-sociaal").doesNotContain("Chantal Dekker");
            assertThat(plain.counts().get("meeting")).isEqualTo(1);
            assertThat(plain.counts().get("person")).isEqualTo(2);
            assertThat(plain.personalData().emailAddresses()).isEqualTo(1);
            assertThat(plain.personalData().privateRoundTexts()).isZero();

            ExportSummary withPrivate = werkbank.exchange().export(folder.resolve("private.json"),
                    new ExportOptions(ExchangeScope.team(team.id(), team.name()), true));
            assertThat(Files.readString(withPrivate.file())).contains("Mijn moeder is ziek");
            assertThat(withPrivate.personalData().privateRoundTexts()).isEqualTo(1);
            assertThat(withPrivate.includesPrivate()).isTrue();

            try (Werkbank coordinator = TestWerkbank.open(folder.resolve("coordinator"))) {
                ImportResult result = coordinator.exchange().apply(coordinator.exchange().read(plain.file()));
                assertThat(result.counts().get("check_in").added()).isEqualTo(1);
                assertThat(coordinator.rounds().checkIns(meeting.id())).extracting(CheckIn::text).containsExactly("Zin in vandaag");
            }
        }
    }
}
