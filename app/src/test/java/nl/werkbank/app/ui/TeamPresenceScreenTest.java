package nl.werkbank.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import javafx.scene.control.Label;
import nl.werkbank.core.Werkbank;
import nl.werkbank.core.activity.Corner;
import nl.werkbank.core.activity.TeamPresence;
import nl.werkbank.core.demo.DemoWerkplaats;
import org.junit.jupiter.api.Test;

/** The facilitator opens a team's attendance: the make-up by corner and the drop-out signals match the core's. */
class TeamPresenceScreenTest extends UiTestBase {

    @Override
    void prepare(Werkbank werkbank) {
        DemoWerkplaats.load(werkbank, false);
    }

    @Test
    void theTeamsAttendanceAndMakeUpShow() {
        clickOn("#nav-teams");
        clickOn("Armoede en schulden");
        clickOn("#team-presence");
        waitUntil(() -> lookup("#presence-composition").tryQuery().isPresent());
        var team = werkbank.teams().list().stream().filter(row -> row.team().name().equals("Armoede en schulden")).findFirst()
                .orElseThrow().team();
        TeamPresence expected = werkbank.activity().teamPresence(team.id(), LocalDate.now(werkbank.clock()), 8);
        String composition = lookup("#presence-composition").queryAs(Label.class).getText();
        assertThat(composition).startsWith("Aan tafel:").contains("Beleid " + expected.composition().get(Corner.POLICY))
                .contains("Bewoners " + expected.composition().get(Corner.RESIDENTS));
        long signals = expected.members().stream().filter(TeamPresence.Member::absentThreeInARow).count();
        assertThat(lookup(".presence-signal").queryAll()).hasSize((int) signals);
        Screenshots.capture("team-presence");
    }
}
