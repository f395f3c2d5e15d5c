package nl.werkbank.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

/** Vandaag on an empty Werkplaats says what to do first; Enter loads the demo. */
class TodayEmptyScreenTest extends UiTestBase {

    @Test
    void anEmptyWerkplaatsShowsTheFirstStepsAndEnterLoadsTheDemo() {
        push(KeyCode.CONTROL, KeyCode.DIGIT0);
        waitUntil(() -> lookup("#today-empty").tryQuery().isPresent());
        assertThat(lookup("#today-demo").tryQuery()).isPresent();
        Screenshots.capture("today-empty");
        type(KeyCode.ENTER);
        waitUntil(() -> !werkbank.teams().list().isEmpty());
        waitUntil(() -> lookup("#today-empty").tryQuery().isEmpty());
        assertThat(werkbank.teams().list()).hasSize(3);
    }
}
