package nl.werkbank.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import nl.werkbank.core.people.Organization;
import nl.werkbank.core.people.OrganizationRow;
import nl.werkbank.core.people.OrganizationType;
import nl.werkbank.core.people.PersonRow;
import org.controlsfx.control.SearchableComboBox;
import org.junit.jupiter.api.Test;

/** A coordinator creates an organisation with a partner period and a person, links them, and it is all stored. */
class OrganizationAndPersonFlowTest extends UiTestBase {

    @Test
    void createOrganisationAndPersonAndLinkThem() {
        clickOn("#nav-organizations");
        clickOn("Nieuwe organisatie");
        clickOn("#new-organization-name").write("Buurthuis De Zuid");
        clickOn("Opslaan");

        assertThat(werkbank.organizations().list()).extracting(row -> row.organization().name())
                .containsExactly("Buurthuis De Zuid");
        Organization buurthuis = werkbank.organizations().list().get(0).organization();
        assertThat(buurthuis.type()).isEqualTo(OrganizationType.OTHER);
        assertThat(lookup("#organization-name").queryAs(TextField.class).getText()).isEqualTo("Buurthuis De Zuid");

        // Partner period whose end lies before its start: refused at the field, nothing stored.
        clickOn("#partnership-add");
        clickOn(lookup("#partnership-from").queryAs(DatePicker.class).getEditor()).write("01-01-2021");
        clickOn(lookup("#partnership-to").queryAs(DatePicker.class).getEditor()).write("31-12-2020");
        clickOn("Opslaan");
        Screenshots.capture("partnership-error");
        assertThat(lookup(".field-error").queryAllAs(Label.class)).anySatisfy(label -> assertThat(label.getText())
                .isEqualTo("De einddatum (31-12-2020) ligt voor de begindatum (01-01-2021). Vul een einddatum op of na 01-01-2021 in."));
        assertThat(werkbank.organizations().partnerships(buurthuis.id())).isEmpty();

        // Fix it where it was typed; the dialog kept the rest. The commitment: a wrong number first, refused at its field.
        DatePicker to = lookup("#partnership-to").queryAs(DatePicker.class);
        replaceText(to.getEditor(), "31-12-2022");
        clickOn("#partnership-hours").write("veel");
        clickOn("#partnership-themes").write("Armoede en schulden");
        clickOn("Opslaan");
        assertThat(lookup(".field-error").queryAllAs(Label.class)).anySatisfy(label -> assertThat(label.getText())
                .startsWith("Vul een aantal uren per jaar in"));
        assertThat(werkbank.organizations().partnerships(buurthuis.id())).isEmpty();
        replaceText(lookup("#partnership-hours").queryAs(TextField.class), "80,5");
        clickOn("Opslaan");
        assertThat(werkbank.organizations().isPartnerOn(buurthuis.id(), LocalDate.of(2022, 12, 31))).isTrue();
        assertThat(werkbank.organizations().isPartnerOn(buurthuis.id(), LocalDate.of(2023, 1, 1))).isFalse();
        var terms = werkbank.organizations().terms(werkbank.organizations().partnerships(buurthuis.id()).get(0).id());
        assertThat(terms.committedHoursPerYear()).isEqualByComparingTo("80.50");
        assertThat(terms.themes()).isEqualTo("Armoede en schulden");

        // A person, with an e-mail address that is wrong first.
        clickOn("#nav-people");
        clickOn("Nieuwe persoon");
        clickOn("#new-person-name").write("Noor Jansen");
        clickOn("#new-person-function").write("Opbouwwerker");
        clickOn("Opslaan");
        clickOn("#person-email").write("noor@buurthuis").type(KeyCode.ENTER);
        Screenshots.capture("person-email-error");
        assertThat(lookup(".field-error").queryAllAs(Label.class)).anySatisfy(label -> assertThat(label.getText())
                .startsWith("Dit e-mailadres klopt niet"));
        assertThat(lookup("#person-email").queryAs(TextField.class).getText()).isEqualTo("noor@buurthuis");
        write(".nl").type(KeyCode.ENTER);
        PersonRow noor = werkbank.people().list().get(0);
        assertThat(noor.person().name()).isEqualTo("Noor Jansen");
        assertThat(noor.person().email()).isEqualTo("noor@buurthuis.nl");
        assertThat(noor.person().function()).isEqualTo("Opbouwwerker");

        // Link them: employed at the buurthuis from 1 March 2021.
        clickOn("#affiliation-add");
        SearchableComboBox<?> organization = lookup("#affiliation-organization").queryAs(SearchableComboBox.class);
        clickOn(organization).write("Buurthuis").type(KeyCode.ENTER);
        Screenshots.capture("affiliation-dialog");
        DatePicker from = lookup("#affiliation-from").queryAs(DatePicker.class);
        replaceText(from.getEditor(), "1-3-2021");
        clickOn("Opslaan");

        assertThat(werkbank.people().organizationOn(noor.person().id(), LocalDate.of(2021, 3, 1)))
                .get().extracting(Organization::name).isEqualTo("Buurthuis De Zuid");
        assertThat(werkbank.people().organizationOn(noor.person().id(), LocalDate.of(2021, 2, 28))).isEmpty();
        assertThat(text("#save-status")).startsWith("Alle wijzigingen opgeslagen");
    }

    @Test
    void duplicateOrganisationNameAsksForConfirmationAtTheField() {
        werkbank.organizations().create("DOCK", OrganizationType.WELFARE_CARE, null, false);
        clickOn("#nav-organizations");
        clickOn("Nieuwe organisatie");
        clickOn("#new-organization-name").write("DOCK");
        clickOn("Opslaan");
        assertThat(lookup(".field-error").queryAllAs(Label.class)).anySatisfy(label -> assertThat(label.getText())
                .isEqualTo("Er bestaat al een record met de naam 'DOCK'."));
        assertThat(werkbank.organizations().list()).hasSize(1);

        Screenshots.capture("duplicate-name");
        clickOn("Ik weet het, toch opslaan met deze naam");
        clickOn("Opslaan");
        assertThat(werkbank.organizations().list()).extracting(OrganizationRow::organization)
                .extracting(Organization::name).containsExactly("DOCK", "DOCK");
    }

    @Test
    void cashContributionInDutchNotationIsStoredExactlyAndThreeDecimalsAreRefused() {
        Organization dock = werkbank.organizations().create("DOCK", OrganizationType.WELFARE_CARE, null, false);
        clickOn("#nav-organizations");
        clickOn("#cash-add");
        clickOn("#cash-amount").write("12,345");
        clickOn("Opslaan");
        assertThat(lookup(".field-error").queryAllAs(Label.class)).anySatisfy(label -> assertThat(label.getText())
                .startsWith("Vul een bedrag in euro's in"));
        replaceText(lookup("#cash-amount").query(), "1.250,50");
        clickOn("#cash-description").write("Bijdrage 2026");
        clickOn("Opslaan");
        var stored = werkbank.cash().of(dock.id());
        assertThat(stored).singleElement().satisfies(c -> {
            assertThat(c.amount()).isEqualByComparingTo("1250.50");
            assertThat(c.description()).isEqualTo("Bijdrage 2026");
            assertThat(c.date()).isEqualTo(LocalDate.of(2026, 11, 25));
        });
        assertThat(lookup("€ 1.250,50").tryQuery()).isPresent();
    }

    @Test
    void clearingANameIsRefusedAtTheFieldAndTheStoredNameStays() {
        werkbank.organizations().create("Vivenz", OrganizationType.WELFARE_CARE, null, false);
        clickOn("#nav-organizations");
        TextField name = lookup("#organization-name").queryAs(TextField.class);
        replaceText(name, "").type(KeyCode.ENTER);
        assertThat(lookup(".field-error").queryAllAs(Label.class)).anySatisfy(label -> assertThat(label.getText())
                .isEqualTo("Vul een naam in."));
        assertThat(werkbank.organizations().list().get(0).organization().name()).isEqualTo("Vivenz");
        assertThat(text("#save-status")).startsWith("Niet opgeslagen");

        write("Vivenz Zorg").type(KeyCode.ENTER);
        assertThat(werkbank.organizations().list().get(0).organization().name()).isEqualTo("Vivenz Zorg");
    }
}
