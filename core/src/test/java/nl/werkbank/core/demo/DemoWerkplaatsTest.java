package nl.werkbank.core.demo;

import static java.time.LocalDate.of;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.werkbank.core.Werkbank;
import nl.werkbank.core.common.ValidationException;
import nl.werkbank.core.meetings.MeetingMode;
import nl.werkbank.core.meetings.MeetingRow;
import nl.werkbank.core.meetings.MeetingType;
import nl.werkbank.core.meetings.VisitorCategory;
import nl.werkbank.core.people.OrganizationRow;
import nl.werkbank.core.people.OrganizationType;
import nl.werkbank.core.teams.TeamRow;
import nl.werkbank.core.testing.TestWerkbank;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoWerkplaatsTest {

    @TempDir
    Path folder;

    @Test
    void demoHasTheSeedsOrganisationsTeamsAndSixtyPeople() {
        try (Werkbank werkbank = TestWerkbank.open(folder)) {
            DemoWerkplaats.load(werkbank, false);

            assertThat(werkbank.teams().list()).extracting(row -> row.team().name())
                    .containsExactlyInAnyOrder("Armoede en schulden", "Gezond-sociaal", "Multiproblematiek");
            assertThat(werkbank.people().list()).hasSize(60);
            assertThat(werkbank.organizations().list()).hasSizeGreaterThanOrEqualTo(15)
                    .extracting(row -> row.organization().name())
                    .contains("Hogeschool Rotterdam", "Hogeschool Inholland", "Gemeente Rotterdam", "Gemeente Nissewaard",
                            "Gemeente Vlaardingen", "BAR-organisatie", "Vivenz", "Welzijn Capelle", "ROGplus", "DOCK",
                            "Brede Raad 010", "Antes", "Enver", "Stichting MAIT");
            assertThat(werkbank.teams().list()).allSatisfy(row -> assertThat(row.memberCount()).isBetween(10L, 25L));
        }
    }

    @Test
    void partnerChangesFollowTheSeeds() {
        try (Werkbank werkbank = TestWerkbank.open(folder)) {
            DemoWerkplaats.load(werkbank, false);
            UUID dordrecht = id(werkbank, "Gemeente Dordrecht");
            UUID schiedam = id(werkbank, "Gemeente Schiedam");
            UUID nissewaard = id(werkbank, "Gemeente Nissewaard");
            UUID vivenz = id(werkbank, "Vivenz");
            UUID dock = id(werkbank, "DOCK");

            assertThat(werkbank.organizations().isPartnerOn(dordrecht, of(2018, 12, 31))).isTrue();
            assertThat(werkbank.organizations().isPartnerOn(dordrecht, of(2019, 1, 1))).isFalse();
            assertThat(werkbank.organizations().isPartnerOn(schiedam, of(2019, 1, 1))).isFalse();
            assertThat(werkbank.organizations().isPartnerOn(nissewaard, of(2018, 12, 31))).isFalse();
            assertThat(werkbank.organizations().isPartnerOn(nissewaard, of(2019, 1, 1))).isTrue();
            assertThat(werkbank.organizations().isPartnerOn(vivenz, of(2019, 1, 1))).isTrue();
            assertThat(werkbank.organizations().isPartnerOn(dock, of(2019, 12, 31))).isFalse();
            assertThat(werkbank.organizations().isPartnerOn(dock, of(2020, 1, 1))).isTrue();
            assertThat(werkbank.organizations().isPartnerOn(id(werkbank, "Antes"), of(2021, 1, 1))).isFalse();
        }
    }

    @Test
    void demoHasEmployerChangesAndWarmHandovers() {
        try (Werkbank werkbank = TestWerkbank.open(folder)) {
            DemoWerkplaats.load(werkbank, false);
            long peopleWithTwoEmployers = werkbank.people().list().stream()
                    .filter(row -> werkbank.people().affiliations(row.person().id()).size() > 1).count();
            assertThat(peopleWithTwoEmployers).isGreaterThanOrEqualTo(3);
            long handovers = werkbank.teams().list().stream().map(TeamRow::team)
                    .flatMap(team -> werkbank.teams().memberships(team.id()).stream())
                    .filter(member -> member.membership().predecessorId() != null).count();
            assertThat(handovers).isEqualTo(2);
        }
    }

    @Test
    void demoHasTwoSchoolYearsOfMeetingsAndTheThirteenKenniscafes() {
        try (Werkbank werkbank = TestWerkbank.open(folder)) {
            DemoWerkplaats.load(werkbank, false);
            List<MeetingRow> all = werkbank.meetings().list(null, of(2020, 1, 1), of(2022, 12, 31));
            List<MeetingRow> cafes = all.stream().filter(row -> row.meeting().type() == MeetingType.KNOWLEDGE_CAFE).toList();
            assertThat(cafes).hasSize(13).allSatisfy(row -> assertThat(row.visitors()).isBetween(25L, 80L));
            assertThat(cafes).extracting(row -> row.meeting().date()).contains(of(2020, 12, 10), of(2021, 5, 31), of(2022, 10, 31));
            // As the sources tell it: some 500 visitors, about 40 a café; online until the café of 30 May 2022.
            assertThat(cafes.stream().mapToLong(MeetingRow::visitors).sum()).isEqualTo(500);
            assertThat(cafes).allSatisfy(row -> assertThat(row.meeting().mode())
                    .isEqualTo(row.meeting().date().isBefore(of(2022, 5, 30)) ? MeetingMode.ONLINE : MeetingMode.PHYSICAL));
            MeetingRow wijkteams = cafes.stream().filter(row -> row.meeting().date().equals(of(2021, 10, 28))).findFirst().orElseThrow();
            assertThat(werkbank.meetings().visitors(wijkteams.meeting().id()).get(VisitorCategory.STUDENT)).isGreaterThan(50);
            assertThat(cafes.stream().sorted(java.util.Comparator.comparing(row -> row.meeting().date())).limit(4))
                    .allSatisfy(row -> assertThat(row.meeting().registrations()).isBetween(50, 80));
            for (TeamRow team : werkbank.teams().list()) {
                assertThat(cafes).filteredOn(row -> team.team().id().equals(row.meeting().organizerTeamId())).hasSize(3);
            }
            UUID armoede = werkbank.teams().list().stream().filter(row -> row.team().name().equals("Armoede en schulden"))
                    .findFirst().orElseThrow().team().id();
            assertThat(werkbank.teams().membersOn(armoede, of(2022, 6, 30))).hasSizeGreaterThan(20);
            List<MeetingRow> armoede2020 = werkbank.meetings().list(armoede, of(2020, 1, 1), of(2020, 12, 31));
            assertThat(armoede2020).filteredOn(row -> row.meeting().mode() == MeetingMode.PHYSICAL).hasSize(1);
            assertThat(armoede2020).filteredOn(row -> row.meeting().mode() == MeetingMode.ONLINE).hasSize(7);
            assertThat(werkbank.products().between(of(2020, 1, 1), of(2022, 12, 31))).hasSizeGreaterThanOrEqualTo(6)
                    .anySatisfy(product -> assertThat(product.teamIds()).hasSize(3));
            assertThat(werkbank.learningNotes().register(of(2020, 1, 1), of(2022, 12, 31)))
                    .anySatisfy(row -> assertThat(row.followUp().status()).isEqualTo(nl.werkbank.core.learning.FollowUpStatus.EMBEDDED));
            for (TeamRow team : werkbank.teams().list()) {
                List<MeetingRow> meetings = werkbank.meetings().list(team.team().id(), of(2020, 9, 1), of(2021, 8, 31));
                assertThat(meetings).hasSize(8).allSatisfy(row -> {
                    assertThat(row.meeting().durationMinutes()).isBetween(90, 120);
                    assertThat(row.meeting().mode()).isEqualTo(MeetingMode.ONLINE);
                    assertThat(row.present()).isGreaterThanOrEqualTo(5);
                });
                assertThat(werkbank.meetings().list(team.team().id(), of(2021, 9, 1), of(2022, 8, 31))).hasSize(8)
                        .anySatisfy(row -> assertThat(row.meeting().mode()).isEqualTo(MeetingMode.PHYSICAL));
            }
            MeetingRow later = all.stream().filter(row -> row.meeting().teamId() != null)
                    .filter(row -> row.meeting().date().getYear() == 2022).findFirst().orElseThrow();
            assertThat(werkbank.rounds().checkIns(later.meeting().id())).isNotEmpty();
            assertThat(werkbank.rounds().checkOuts(later.meeting().id())).isNotEmpty();
            assertThat(werkbank.rounds().previousIntentions(later.meeting().id())).isNotEmpty();
            assertThat(werkbank.agenda().of(later.meeting().id())).hasSize(5);
            assertThat(werkbank.learningNotes().of(later.meeting().id())).hasSize(1);
        }
    }

    @Test
    void demoDecisionsHaveNoMajorityRoundsPostponementsMinorityConditionsAndOverdueActions() {
        try (Werkbank werkbank = TestWerkbank.open(folder)) {
            DemoWerkplaats.load(werkbank, false);
            var decisions = werkbank.decisions().log(null, "");
            assertThat(decisions).hasSizeGreaterThan(15);
            var histories = decisions.stream().map(s -> werkbank.decisions().history(s.decision().id())).toList();
            assertThat(histories).anySatisfy(h -> assertThat(h.votes()).anySatisfy(
                    v -> assertThat(v.outcome().majority()).isFalse()));
            assertThat(histories).anySatisfy(h -> assertThat(h.sessions()).hasSize(2));
            assertThat(histories.stream().filter(h -> !h.conditions().isEmpty()).count())
                    .isGreaterThan(histories.size() / 2);
            assertThat(histories).allSatisfy(h -> assertThat(h.votes()).allSatisfy(
                    v -> assertThat(v.votesFor() + v.votesAgainst() + v.abstentions()).isLessThanOrEqualTo(v.entitled())));
            assertThat(werkbank.actions().find(new nl.werkbank.core.decisions.ActionFilter(null, null, null, true)))
                    .isNotEmpty();
            assertThat(werkbank.actions().find(new nl.werkbank.core.decisions.ActionFilter(null, null,
                    nl.werkbank.core.decisions.ActionStatus.DONE, false))).isNotEmpty();
        }
    }

    @Test
    void refusesToLoadIntoADatabaseWithDataUnlessReplaceIsAsked() {
        try (Werkbank werkbank = TestWerkbank.open(folder)) {
            werkbank.organizations().create("Mijn eigen organisatie", OrganizationType.OTHER, null, false);

            assertThatThrownBy(() -> DemoWerkplaats.load(werkbank, false))
                    .isInstanceOfSatisfying(ValidationException.class,
                            e -> assertThat(e.problems().get(0).key()).isEqualTo("error.demo.notEmpty"));
            assertThat(werkbank.organizations().list()).hasSize(1);

            Optional<Path> backup = DemoWerkplaats.load(werkbank, true);
            assertThat(backup).get().satisfies(zip -> assertThat(zip).exists().isNotEmptyFile()
                    .hasParent(folder.resolve("backups")));
            assertThat(werkbank.organizations().list()).extracting(row -> row.organization().name())
                    .doesNotContain("Mijn eigen organisatie");
            assertThat(werkbank.people().list()).hasSize(60);
        }
    }

    private static UUID id(Werkbank werkbank, String name) {
        return werkbank.organizations().list().stream().map(OrganizationRow::organization)
                .filter(o -> o.name().equals(name)).findFirst().orElseThrow().id();
    }
}
