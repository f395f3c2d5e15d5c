package nl.werkbank.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.ComboBox;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import nl.werkbank.app.fx.BackgroundTask;
import nl.werkbank.app.fx.CurrentThreadTaskExecutor;
import nl.werkbank.app.fx.TaskExecutor;
import nl.werkbank.core.exchange.Conflict;
import nl.werkbank.core.people.Organization;
import nl.werkbank.core.people.OrganizationType;
import nl.werkbank.core.people.Person;
import org.junit.jupiter.api.Test;

/**
 * A form is open while another writer (a sync, an import) stores a newer version of its record; the screen is not
 * refilled while the cursor is in a text field. Saving the form then keeps what the other writer changed.
 */
class EditBesideOtherWritersTest extends UiTestBase {

    /** Saves run at once, as in the other UI tests, except while held: then they wait for {@link #release}. */
    private final HeldSaves saves = new HeldSaves();

    @Override
    TaskExecutor executor() {
        return saves;
    }

    @Test
    void aSaveThatReturnsWhileTheUserTypesOnKeepsTheTypingAndTheOtherWritersChange() {
        Person noor = werkbank.people().create("Noor Jansen", null, "Opbouwwerker", false);
        clickOn("#nav-people");
        replaceText(lookup("#person-name").query(), "Noor Jansen-Bakker");
        saves.hold = true;
        clickOn("#person-email").write("noor@dock.nl"); // leaving the name saves it, but that save is slow

        werkbank.people().save(werkbank.people().get(noor.id()).withFunction("Buurtwerker"), false);
        saves.release();

        TextField email = lookup("#person-email").queryAs(TextField.class);
        assertThat(email.getText()).isEqualTo("noor@dock.nl");
        assertThat(werkbank.people().get(noor.id())).extracting(Person::name, Person::email, Person::function)
                .containsExactly("Noor Jansen-Bakker", null, "Buurtwerker");

        type(KeyCode.ENTER);
        assertThat(werkbank.people().get(noor.id())).extracting(Person::name, Person::email, Person::function)
                .containsExactly("Noor Jansen-Bakker", "noor@dock.nl", "Buurtwerker");
        assertThat(lookup("#person-function").queryAs(TextField.class).getText()).isEqualTo("Buurtwerker");
        assertThat(werkbank.exchange().openConflicts()).isEmpty();
    }

    @Test
    void aFieldChangedElsewhereIsKeptWhenTheFormSavesAnother() {
        Organization vivenz = werkbank.organizations().create("Vivenz", OrganizationType.WELFARE_CARE, null, false);
        TextField name = cursorInOrganisationName();

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
        TextField name = cursorInOrganisationName();

        werkbank.organizations().save(werkbank.organizations().get(vivenz.id()).withName("Vivenz Welzijn"), false);
        replaceText(name, "Vivenz Zuid").type(KeyCode.ENTER);

        assertThat(werkbank.organizations().get(vivenz.id()).name()).isEqualTo("Vivenz Zuid");
        assertThat(text("#save-status")).startsWith("Opgeslagen (").contains("Dit veld was elders ook gewijzigd")
                .endsWith("de andere versie staat bij Uitwisselen.");
        Screenshots.capture("saved-over-elsewhere");

        // The other writer's name is kept as a conflict, shown under Uitwisselen, and can be taken after all.
        assertThat(werkbank.exchange().openConflicts()).singleElement().satisfies(conflict -> {
            assertThat(conflict.kept()).isEqualTo(Conflict.Kept.FORM);
            assertThat(conflict.label()).contains("Vivenz Welzijn");
            assertThat(conflict.recordId()).isEqualTo(vivenz.id());
        });
        clickOn("#nav-exchange");
        javafx.scene.control.ListView<?> conflicts = lookup("#exchange-conflicts").queryListView();
        assertThat(lookup("#exchange-conflicts .list-cell").queryAllAs(javafx.scene.control.ListCell.class))
                .anySatisfy(cell -> assertThat(cell.getText()).contains("Vivenz Welzijn")
                        .contains("in een formulier gewijzigd").contains("Uw versie staat erin"));
        Screenshots.capture("form-conflict");
        clickOn(lookup("#exchange-conflicts .list-cell").<javafx.scene.Node>query());
        clickOn("#exchange-take-other");
        assertThat(werkbank.organizations().get(vivenz.id()).name()).isEqualTo("Vivenz Welzijn");
        assertThat(conflicts.getItems()).isEmpty();
    }

    @Test
    void aRecordDeletedElsewhereIsNotBroughtBackByTheForm() {
        Organization vivenz = werkbank.organizations().create("Vivenz", OrganizationType.WELFARE_CARE, null, false);
        TextField name = cursorInOrganisationName();

        werkbank.organizations().delete(vivenz.id());
        replaceText(name, "Vivenz Zuid").type(KeyCode.ENTER);

        assertThat(werkbank.organizations().list()).isEmpty();
        assertThat(text("#save-status")).startsWith("Niet opgeslagen: Dit gegeven bestaat niet meer");
        clickOn("OK");
        assertThat(lookup("#organization-list").queryAs(javafx.scene.control.TableView.class).getItems()).isEmpty();
    }

    private final class HeldSaves implements TaskExecutor {

        private final CurrentThreadTaskExecutor now = new CurrentThreadTaskExecutor();
        private final java.util.List<BackgroundTask<?>> held = new java.util.ArrayList<>();
        boolean hold;

        @Override
        public <T> void execute(BackgroundTask<T> task) {
            if (hold) {
                held.add(task);
            } else {
                now.execute(task);
            }
        }

        void release() {
            hold = false;
            interact(() -> held.forEach(now::execute));
            held.clear();
        }

        @Override
        public javafx.beans.property.ReadOnlyObjectProperty<nl.werkbank.app.fx.Job> runningJob() {
            return now.runningJob();
        }

        @Override
        public void shutdown() {
            now.shutdown();
        }
    }

    /** The organisations screen with its only organisation in the form and the cursor in its name. */
    private TextField cursorInOrganisationName() {
        clickOn("#nav-organizations");
        TextField name = lookup("#organization-name").queryAs(TextField.class);
        clickOn(name);
        return name;
    }

}
