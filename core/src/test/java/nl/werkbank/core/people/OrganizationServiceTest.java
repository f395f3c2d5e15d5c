package nl.werkbank.core.people;

import static java.time.LocalDate.of;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import nl.werkbank.core.Werkbank;
import nl.werkbank.core.common.DuplicateNameException;
import nl.werkbank.core.common.Problem;
import nl.werkbank.core.common.ValidationException;
import nl.werkbank.core.testing.TestWerkbank;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OrganizationServiceTest {

    @TempDir
    Path folder;
    Werkbank werkbank;
    OrganizationService organizations;

    @BeforeEach
    void open() {
        werkbank = TestWerkbank.open(folder);
        organizations = werkbank.organizations();
    }

    @AfterEach
    void close() {
        werkbank.close();
    }

    @Test
    void partnerStatusFollowsTheDatesInclusive() {
        Organization dordrecht = organizations.create("Gemeente Dordrecht", OrganizationType.MUNICIPALITY, null, false);
        organizations.savePartnership(Partnership.create(dordrecht.id(), PartnershipRole.PARTNER, of(2016, 1, 1), of(2018, 12, 31)));

        assertThat(organizations.isPartnerOn(dordrecht.id(), of(2015, 12, 31))).isFalse();
        assertThat(organizations.isPartnerOn(dordrecht.id(), of(2016, 1, 1))).isTrue();
        assertThat(organizations.isPartnerOn(dordrecht.id(), of(2018, 12, 31))).isTrue();
        assertThat(organizations.isPartnerOn(dordrecht.id(), of(2019, 1, 1))).isFalse();
    }

    @Test
    void openEndedPartnershipRunsForeverAndARejoinIsASecondPeriod() {
        Organization vivenz = organizations.create("Vivenz", OrganizationType.WELFARE_CARE, null, false);
        organizations.savePartnership(Partnership.create(vivenz.id(), PartnershipRole.PARTNER, of(2019, 1, 1), of(2019, 12, 31)));
        organizations.savePartnership(Partnership.create(vivenz.id(), PartnershipRole.LEAD, of(2021, 1, 1), null));

        assertThat(organizations.isPartnerOn(vivenz.id(), of(2020, 6, 1))).isFalse();
        assertThat(organizations.partnershipOn(vivenz.id(), of(2035, 1, 1))).get()
                .extracting(Partnership::role).isEqualTo(PartnershipRole.LEAD);
        assertThat(organizations.partnerships(vivenz.id())).extracting(Partnership::from)
                .containsExactly(of(2019, 1, 1), of(2021, 1, 1));
    }

    @Test
    void overlappingPartnershipsAreRefusedAtTheFromField() {
        Organization dock = organizations.create("DOCK", OrganizationType.WELFARE_CARE, null, false);
        organizations.savePartnership(Partnership.create(dock.id(), PartnershipRole.PARTNER, of(2020, 1, 1), null));

        assertThatThrownBy(() -> organizations.savePartnership(
                Partnership.create(dock.id(), PartnershipRole.PARTNER, of(2022, 1, 1), of(2022, 6, 30))))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems())
                        .containsExactly(Problem.of("from", "error.partnership.overlap", of(2020, 1, 1), null)));
        assertThat(organizations.partnerships(dock.id())).hasSize(1);
    }

    @Test
    void toDateBeforeFromDateIsRefusedAtTheToField() {
        Organization dock = organizations.create("DOCK", OrganizationType.WELFARE_CARE, null, false);
        assertThatThrownBy(() -> organizations.savePartnership(
                Partnership.create(dock.id(), PartnershipRole.PARTNER, of(2020, 1, 1), of(2019, 1, 1))))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.concerns("to")).isTrue());
    }

    @Test
    void emptyNameIsRefusedAndNothingIsStored() {
        assertThatThrownBy(() -> organizations.create("   ", OrganizationType.OTHER, null, false))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems())
                        .containsExactly(Problem.of("name", "error.name.empty")));
        assertThat(organizations.list()).isEmpty();
    }

    @Test
    void duplicateNameWarnsAndIsStoredOnlyWhenConfirmed() {
        organizations.create("Antes", OrganizationType.WELFARE_CARE, null, false);
        assertThatThrownBy(() -> organizations.create(" antes ", OrganizationType.WELFARE_CARE, null, false))
                .isInstanceOf(DuplicateNameException.class);
        assertThat(organizations.list()).hasSize(1);

        organizations.create("Antes", OrganizationType.WELFARE_CARE, null, true);
        assertThat(organizations.list()).hasSize(2);
    }

    @Test
    void renamingKeepsIdAndBumpsNothingElse() {
        Organization created = organizations.create("Gemeente Rotterdm", OrganizationType.MUNICIPALITY, null, false);
        Organization renamed = organizations.save(created.withName("  Gemeente Rotterdam "), false);
        assertThat(renamed.id()).isEqualTo(created.id());
        assertThat(renamed.name()).isEqualTo("Gemeente Rotterdam");
        assertThat(renamed.createdAt()).isEqualTo(created.createdAt());
        assertThat(organizations.search("rotterdam", of(2026, 1, 1))).hasSize(1);
    }

    @Test
    void parentCycleIsRefused() {
        Organization bar = organizations.create("BAR-organisatie", OrganizationType.MUNICIPALITY, null, false);
        Organization ridderkerk = organizations.create("Gemeente Ridderkerk", OrganizationType.MUNICIPALITY, bar.id(), false);
        assertThatThrownBy(() -> organizations.save(bar.withParentId(ridderkerk.id()), false))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.concerns("parent")).isTrue());
        assertThat(organizations.search("BAR", of(2026, 1, 1))).singleElement()
                .extracting(OrganizationRow::parentName).isNull();
        assertThat(organizations.search("Ridderkerk", of(2026, 1, 1))).singleElement()
                .extracting(OrganizationRow::parentName).isEqualTo("BAR-organisatie");
    }

    @Test
    void organisationInSomeonesHistoryCannotBeDeletedButAnUnusedOneCan() {
        Organization cvd = organizations.create("CVD", OrganizationType.WELFARE_CARE, null, false);
        Organization typo = organizations.create("CVDD", OrganizationType.WELFARE_CARE, null, false);
        organizations.savePartnership(Partnership.create(typo.id(), PartnershipRole.PARTNER, of(2020, 1, 1), null));
        Person person = werkbank.people().create("Sanne de Vries", null, null, false);
        werkbank.people().saveAffiliation(Affiliation.create(person.id(), cvd.id(), of(2020, 1, 1), null));

        assertThatThrownBy(() -> organizations.delete(cvd.id()))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems())
                        .containsExactly(Problem.of("organization", "error.organization.inUse", 1L)));
        organizations.delete(typo.id());
        assertThat(organizations.list()).extracting(row -> row.organization().name()).containsExactly("CVD");
        assertThat(werkbank.info().recordCounts()).containsEntry("partnership", 0L);
    }

    @Test
    void listShowsPartnerRoleOnTheGivenDate() {
        Organization schiedam = organizations.create("Gemeente Schiedam", OrganizationType.MUNICIPALITY, null, false);
        organizations.savePartnership(Partnership.create(schiedam.id(), PartnershipRole.PARTNER, of(2016, 1, 1), of(2018, 12, 31)));
        assertThat(organizations.search("", of(2017, 5, 1))).singleElement()
                .extracting(OrganizationRow::partnerRole).isEqualTo(PartnershipRole.PARTNER);
        assertThat(organizations.search("", of(2020, 5, 1))).singleElement()
                .extracting(OrganizationRow::partnerRole).isNull();
    }
}
