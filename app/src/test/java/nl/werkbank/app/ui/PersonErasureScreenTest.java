package nl.werkbank.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import nl.werkbank.core.Werkbank;
import nl.werkbank.core.demo.DemoWerkplaats;
import nl.werkbank.core.hours.Period;
import nl.werkbank.core.people.PersonRow;
import nl.werkbank.core.privacy.PersonErasure;
import org.junit.jupiter.api.Test;

/** Mensen: Vergeten (AVG) asks first, then the person is anonymous everywhere and the hours are the same. */
class PersonErasureScreenTest extends UiTestBase {

    @Override
    void prepare(Werkbank werkbank) {
        DemoWerkplaats.load(werkbank, false);
    }

    @Test
    void erasingAPersonAsksFirstAndKeepsTheHours() {
        PersonRow chantal = werkbank.people().list().stream().filter(row -> row.person().name().equals("Chantal Dekker"))
                .findFirst().orElseThrow();
        BigDecimal hours = werkbank.hours().overview(Period.parse("2021-H2")).total();
        clickOn("#nav-people");
        clickOn("Chantal Dekker");
        javafx.application.Platform.runLater(() -> lookup("#person-erase").queryButton().fire());
        waitUntil(() -> lookup("Annuleren").tryQuery().isPresent());
        clickOn("Annuleren");
        assertThat(werkbank.people().get(chantal.person().id()).name()).isEqualTo("Chantal Dekker");

        javafx.application.Platform.runLater(() -> lookup("#person-erase").queryButton().fire());
        waitUntil(() -> lookup("Annuleren").tryQuery().isPresent());
        Screenshots.capture("person-erase-question");
        type(javafx.scene.input.KeyCode.ENTER); // the default button: Vergeten
        waitUntil(() -> lookup("OK").tryQuery().isPresent());
        Screenshots.capture("person-erased");
        clickOn("OK");
        assertThat(werkbank.people().get(chantal.person().id()).name()).isEqualTo(PersonErasure.anonymousName(chantal.person().id()));
        assertThat(werkbank.hours().overview(Period.parse("2021-H2")).total()).isEqualByComparingTo(hours);
    }
}
