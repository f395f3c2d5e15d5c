package nl.werkbank.core.people;

import static java.time.LocalDate.of;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import nl.werkbank.core.Werkbank;
import nl.werkbank.core.common.DuplicateNameException;
import nl.werkbank.core.common.ValidationException;
import nl.werkbank.core.testing.TestWerkbank;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PersonServiceTest {

    @TempDir
    Path folder;
    Werkbank werkbank;
    PersonService people;
    Organization rotterdam;
    Organization cvd;

    @BeforeEach
    void open() {
        werkbank = TestWerkbank.open(folder);
        people = werkbank.people();
        rotterdam = werkbank.organizations().create("Gemeente Rotterdam", OrganizationType.MUNICIPALITY, null, false);
        cvd = werkbank.organizations().create("CVD", OrganizationType.WELFARE_CARE, null, false);
    }

    @AfterEach
    void close() {
        werkbank.close();
    }

    @Test
    void organisationOnDateFollowsEmployerChange() {
        Person sanne = people.create("Sanne de Vries", "sanne@example.nl", "Wijkteammedewerker", false);
        people.saveAffiliation(Affiliation.create(sanne.id(), rotterdam.id(), of(2018, 9, 1), of(2021, 8, 31)));
        people.saveAffiliation(Affiliation.create(sanne.id(), cvd.id(), of(2021, 9, 1), null));

        assertThat(people.organizationOn(sanne.id(), of(2018, 8, 31))).isEmpty();
        assertThat(people.organizationOn(sanne.id(), of(2021, 8, 31))).get().extracting(Organization::name)
                .isEqualTo("Gemeente Rotterdam");
        assertThat(people.organizationOn(sanne.id(), of(2021, 9, 1))).get().extracting(Organization::name)
                .isEqualTo("CVD");
        assertThat(people.affiliations(sanne.id())).extracting(AffiliationRow::organizationName)
                .containsExactly("Gemeente Rotterdam", "CVD");
        assertThat(people.search("cvd", of(2022, 1, 1))).singleElement()
                .extracting(PersonRow::organizationName).isEqualTo("CVD");
    }

    @Test
    void personWithoutAffiliationHasNoOrganisation() {
        Person resident = people.create("Bewoner Zuid", null, "Bewoner", false);
        assertThat(people.organizationOn(resident.id(), of(2021, 1, 1))).isEmpty();
    }

    @Test
    void overlappingAffiliationsAreRefusedSoTheDateQuestionHasOneAnswer() {
        Person ahmed = people.create("Ahmed Bakker", null, null, false);
        people.saveAffiliation(Affiliation.create(ahmed.id(), rotterdam.id(), of(2018, 1, 1), null));

        assertThatThrownBy(() -> people.saveAffiliation(Affiliation.create(ahmed.id(), cvd.id(), of(2021, 9, 1), null)))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.problems().get(0).key()).isEqualTo("error.affiliation.overlap");
                    assertThat(e.problems().get(0).args()).containsExactly("Gemeente Rotterdam", of(2018, 1, 1), null);
                });
        assertThat(people.affiliations(ahmed.id())).hasSize(1);
    }

    @Test
    void endingAnAffiliationIsAnUpdateNotAnOverlapWithItself() {
        Person ahmed = people.create("Ahmed Bakker", null, null, false);
        AffiliationRow row = people.saveAffiliation(Affiliation.create(ahmed.id(), rotterdam.id(), of(2018, 1, 1), null));
        Affiliation a = row.affiliation();
        people.saveAffiliation(new Affiliation(a.id(), a.personId(), a.organizationId(), a.from(), of(2021, 8, 31),
                a.createdAt(), a.updatedAt()));
        people.saveAffiliation(Affiliation.create(ahmed.id(), cvd.id(), of(2021, 9, 1), null));
        assertThat(people.affiliations(ahmed.id())).hasSize(2);
    }

    @Test
    void invalidEmailAndEmptyNameAreReportedTogether() {
        assertThatThrownBy(() -> people.create("", "sanne at example", null, false))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.concerns("name")).isTrue();
                    assertThat(e.concerns("email")).isTrue();
                });
    }

    @Test
    void duplicatePersonNameNeedsConfirmation() {
        people.create("Els Jansen", null, null, false);
        assertThatThrownBy(() -> people.create("Els Jansen", null, null, false)).isInstanceOf(DuplicateNameException.class);
        people.create("Els Jansen", null, "Andere Els", true);
        assertThat(people.list()).hasSize(2);
    }

    @Test
    void deletingAPersonRemovesTheirHistoryAndLeavesTombstones() {
        Person person = people.create("Joost Visser", null, null, false);
        people.saveAffiliation(Affiliation.create(person.id(), cvd.id(), of(2020, 1, 1), null));
        people.delete(person.id());
        assertThat(werkbank.info().recordCounts()).containsEntry("person", 0L).containsEntry("affiliation", 0L);
        long tombstones = werkbank.database().transaction(c ->
                nl.werkbank.core.storage.Sql.count(c, "SELECT COUNT(*) FROM tombstone"));
        assertThat(tombstones).isEqualTo(2);
    }
}
