package nl.werkbank.core.teams;

import static java.time.LocalDate.of;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import nl.werkbank.core.Werkbank;
import nl.werkbank.core.common.ValidationException;
import nl.werkbank.core.people.Affiliation;
import nl.werkbank.core.people.Organization;
import nl.werkbank.core.people.OrganizationType;
import nl.werkbank.core.people.Person;
import nl.werkbank.core.testing.TestWerkbank;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TeamServiceTest {

    @TempDir
    Path folder;
    Werkbank werkbank;
    TeamService teams;
    Team team;
    Person sanne;
    Person ahmed;
    Person els;

    @BeforeEach
    void open() {
        werkbank = TestWerkbank.open(folder);
        teams = werkbank.teams();
        team = teams.create("Armoede en schulden", false);
        Organization rotterdam = werkbank.organizations().create("Gemeente Rotterdam", OrganizationType.MUNICIPALITY, null, false);
        Organization cvd = werkbank.organizations().create("CVD", OrganizationType.WELFARE_CARE, null, false);
        sanne = werkbank.people().create("Sanne de Vries", null, null, false);
        ahmed = werkbank.people().create("Ahmed Bakker", null, null, false);
        els = werkbank.people().create("Els Jansen", null, null, false);
        werkbank.people().saveAffiliation(Affiliation.create(sanne.id(), rotterdam.id(), of(2019, 1, 1), of(2021, 8, 31)));
        werkbank.people().saveAffiliation(Affiliation.create(sanne.id(), cvd.id(), of(2021, 9, 1), null));
    }

    @AfterEach
    void close() {
        werkbank.close();
    }

    @Test
    void membersOnDateWithTheOrganisationOfThatDay() {
        teams.saveMembership(Membership.create(team.id(), sanne.id(), MembershipRole.CORE_MEMBER, of(2020, 1, 1), null));
        teams.saveMembership(Membership.create(team.id(), ahmed.id(), MembershipRole.FACILITATOR, of(2020, 1, 1), of(2020, 12, 31)));
        teams.saveMembership(Membership.create(team.id(), els.id(), MembershipRole.RESIDENT, of(2021, 3, 1), null));

        assertThat(teams.membersOn(team.id(), of(2019, 12, 31))).isEmpty();
        assertThat(teams.membersOn(team.id(), of(2020, 12, 31)))
                .extracting(TeamMember::personName, TeamMember::organizationName)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Ahmed Bakker", null),
                        org.assertj.core.groups.Tuple.tuple("Sanne de Vries", "Gemeente Rotterdam"));
        assertThat(teams.membersOn(team.id(), of(2021, 9, 1)))
                .extracting(TeamMember::personName, TeamMember::organizationName)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Els Jansen", null),
                        org.assertj.core.groups.Tuple.tuple("Sanne de Vries", "CVD"));
    }

    @Test
    void handOverEndsOneMembershipAndStartsTheSuccessorsOnTheSameDate() {
        Membership original = teams.saveMembership(
                Membership.create(team.id(), sanne.id(), MembershipRole.CORE_MEMBER, of(2020, 1, 1), null));

        Membership successor = teams.handOver(original.id(), ahmed.id(), of(2021, 9, 16));

        assertThat(successor.role()).isEqualTo(MembershipRole.CORE_MEMBER);
        assertThat(successor.from()).isEqualTo(of(2021, 9, 16));
        assertThat(successor.to()).isNull();
        assertThat(successor.predecessorId()).isEqualTo(original.id());
        assertThat(teams.membersOn(team.id(), of(2021, 9, 16))).extracting(TeamMember::personName)
                .containsExactly("Ahmed Bakker", "Sanne de Vries");
        assertThat(teams.membersOn(team.id(), of(2021, 9, 17))).extracting(TeamMember::personName)
                .containsExactly("Ahmed Bakker");
        assertThat(teams.membershipsOf(sanne.id())).singleElement()
                .satisfies(m -> assertThat(m.teamName()).isEqualTo("Armoede en schulden"))
                .satisfies(m -> assertThat(m.membership().to()).isEqualTo(of(2021, 9, 16)));
    }

    @Test
    void handOverOutsideTheMembershipOrToOneselfIsRefusedAndChangesNothing() {
        Membership original = teams.saveMembership(
                Membership.create(team.id(), sanne.id(), MembershipRole.MEMBER, of(2020, 1, 1), of(2020, 12, 31)));
        assertThatThrownBy(() -> teams.handOver(original.id(), ahmed.id(), of(2021, 2, 1)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.concerns("date")).isTrue());
        assertThatThrownBy(() -> teams.handOver(original.id(), sanne.id(), of(2020, 6, 1)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.concerns("successor")).isTrue());
        assertThat(teams.memberships(team.id())).singleElement()
                .extracting(m -> m.membership().to()).isEqualTo(of(2020, 12, 31));
    }

    @Test
    void handOverToSomeoneAlreadyInTheTeamIsRefusedAsAWhole() {
        Membership original = teams.saveMembership(
                Membership.create(team.id(), sanne.id(), MembershipRole.MEMBER, of(2020, 1, 1), null));
        teams.saveMembership(Membership.create(team.id(), ahmed.id(), MembershipRole.MEMBER, of(2020, 1, 1), null));
        assertThatThrownBy(() -> teams.handOver(original.id(), ahmed.id(), of(2021, 1, 1)))
                .isInstanceOf(ValidationException.class);
        assertThat(teams.membersOn(team.id(), of(2022, 1, 1))).hasSize(2);
    }

    @Test
    void samePersonTwiceInATeamAtOnceIsRefused() {
        teams.saveMembership(Membership.create(team.id(), sanne.id(), MembershipRole.MEMBER, of(2020, 1, 1), null));
        assertThatThrownBy(() -> teams.saveMembership(
                Membership.create(team.id(), sanne.id(), MembershipRole.CORE_MEMBER, of(2021, 1, 1), null)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems().get(0).key())
                        .isEqualTo("error.membership.overlap"));
    }

    @Test
    void teamEndBeforeStartIsRefusedAtTheEndField() {
        assertThatThrownBy(() -> teams.save(team.with("Armoede en schulden", "AS", null, null, null,
                of(2022, 1, 1), of(2021, 1, 1)), false))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.concerns("end")).isTrue());
    }

    @Test
    void listCountsMembersOfAnEndedTeamOnItsLastDay() {
        teams.save(team.with("Armoede en schulden", "AS", null, "2020–2022", null, of(2020, 1, 1), of(2022, 12, 31)), false);
        teams.saveMembership(Membership.create(team.id(), sanne.id(), MembershipRole.MEMBER, of(2020, 1, 1), of(2022, 12, 31)));
        teams.saveMembership(Membership.create(team.id(), ahmed.id(), MembershipRole.MEMBER, of(2020, 1, 1), of(2021, 12, 31)));
        assertThat(teams.list()).singleElement().extracting(TeamRow::memberCount).isEqualTo(1L);
    }
}
