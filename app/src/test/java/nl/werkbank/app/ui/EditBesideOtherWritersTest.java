package nl.werkbank.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.ComboBox;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import nl.werkbank.core.exchange.Conflict;
import nl.werkbank.core.people.Organization;
import nl.werkbank.core.people.OrganizationType;
import org.junit.jupiter.api.Test;

/**
 * A form is open while another writer (a sync, an import) stores a newer version of its record; the screen is not
 * refilled while the cursor is in a text field. Saving the form then keeps what the other writer changed.
 */
class EditBesideOtherWritersTest extends UiTestBase {

    @Test
    void aFieldChangedElsewhereIsKeptWhenTheFormSavesAnother() {
        Organization vivenz = werkbank.organizations().create("Vivenz", OrganizationType.WELFARE_CARE, null, false);
        clickOn("#nav-organizations");
        TextField name = lookup("#organization-name").queryAs(TextField.class);
        clickOn(name);

        werkbank.organizations().save(werkbank.organizations().get(vivenz.id()).withType(OrganizationType.MUNICIPALITY), false);
        replaceText(name, "Vivenz Zuid").type(KeyCode.ENTER);

        Organization stored = werkbank.organizations().get(vivenz.id());
        assertThat(stored.name()).isEqualTo("Vivenz Zuid");
        assertThat(stored.type()).isEqualTo(OrganizationType.MUNICIPALITY);
        assertThat(lookup("#organization-type").queryAs(ComboBox.class).getValue()).isEqualTo(OrganizationType.MUNICIPALITY);
        assertThat(text("#save-status")).startsWith("Alle wijzigingen opgeslagen");
        assertThat(werkbank.exchange().openConflicts()).isEmpty();

        // The form's next save starts from what it shows now, so the other writer's type stays.
        replaceText(name, "  Vivenz Zuid-Oost ").type(KeyCode.ENTER);
        assertThat(werkbank.organizations().get(vivenz.id()))
                .extracting(Organization::name, Organization::type)
                .containsExactly("Vivenz Zuid-Oost", OrganizationType.MUNICIPALITY);
        assertThat(text("#save-status")).startsWith("Alle wijzigingen opgeslagen");
    }

    @Test
    void theSameFieldChangedOnBothSidesKeepsTheFormsValueAndSaysSo() {
        Organization vivenz = werkbank.organizations().create("Vivenz", OrganizationType.WELFARE_CARE, null, false);
        clickOn("#nav-organizations");
        TextField name = lookup("#organization-name").queryAs(TextField.class);
        clickOn(name);

        werkbank.organizations().save(werkbank.organizations().get(vivenz.id()).withName("Vivenz Welzijn"), false);
        replaceText(name, "Vivenz Zuid").type(KeyCode.ENTER);

        assertThat(werkbank.organizations().get(vivenz.id()).name()).isEqualTo("Vivenz Zuid");
        assertThat(text("#save-status")).startsWith("Opgeslagen (").contains("Dit veld was elders ook gewijzigd")
                .endsWith("de andere versie staat bij Uitwisselen.");
        Screenshots.capture("saved-over-elsewhere");

        // The other writer's name is kept as a conflict, and can be taken after all.
        assertThat(werkbank.exchange().openConflicts()).singleElement().satisfies(conflict -> {
            assertThat(conflict.kept()).isEqualTo(Conflict.Kept.FORM);
            assertThat(conflict.label()).contains("Vivenz Welzijn");
            assertThat(conflict.recordId()).isEqualTo(vivenz.id());
        });
        werkbank.exchange().takeOther(werkbank.exchange().openConflicts().get(0).id());
        assertThat(werkbank.organizations().get(vivenz.id()).name()).isEqualTo("Vivenz Welzijn");
    }

    @Test
    void aRecordDeletedElsewhereIsNotBroughtBackByTheForm() {
        Organization vivenz = werkbank.organizations().create("Vivenz", OrganizationType.WELFARE_CARE, null, false);
        clickOn("#nav-organizations");
        TextField name = lookup("#organization-name").queryAs(TextField.class);
        clickOn(name);

        werkbank.organizations().delete(vivenz.id());
        replaceText(name, "Vivenz Zuid").type(KeyCode.ENTER);

        assertThat(werkbank.organizations().list()).isEmpty();
        assertThat(text("#save-status")).startsWith("Niet opgeslagen: Dit gegeven bestaat niet meer");
        clickOn("OK");
        assertThat(lookup("#organization-list").queryAs(javafx.scene.control.TableView.class).getItems()).isEmpty();
    }
}
