package nl.werkbank.app.ui;

import static java.time.LocalDate.of;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;
import java.util.UUID;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import nl.werkbank.core.Werkbank;
import nl.werkbank.core.meetings.Meeting;
import nl.werkbank.core.meetings.MeetingMode;
import nl.werkbank.core.meetings.MeetingType;
import nl.werkbank.core.meetings.Question;
import nl.werkbank.core.teams.Team;
import org.junit.jupiter.api.Test;

/**
 * The question library in Instellingen: an own check-in question, an uitcheck question; a meeting takes the uitcheck
 * question and the closing round asks it.
 */
class QuestionLibraryScreenTest extends UiTestBase {

    private UUID meetingId;

    @Override
    void prepare(Werkbank werkbank) {
        Team team = werkbank.teams().create("Armoede en schulden", false);
        meetingId = werkbank.meetings().create(Meeting.create(team.id(), MeetingType.TEAM_MEETING, of(2026, 12, 10),
                LocalTime.of(14, 0), LocalTime.of(16, 0), MeetingMode.PHYSICAL), null).id();
    }

    @Test
    void ownQuestionsAreAddedSetAsideAndAskedInTheClosingRound() {
        push(KeyCode.CONTROL, KeyCode.DIGIT9);
        TextField text = lookup("#questions-text").query();
        interact(text::requestFocus);
        write("Wat heb je deze week van een bewoner geleerd?").type(KeyCode.ENTER);
        assertThat(werkbank.checkInQuestions().all()).hasSize(13).contains("Wat heb je deze week van een bewoner geleerd?");
        // The same question again is refused under the field, and nothing is added.
        write("wat heb je deze week van een bewoner geleerd?").type(KeyCode.ENTER);
        assertThat(text("#questions-error")).contains("staat al in de lijst");
        assertThat(werkbank.checkInQuestions().all()).hasSize(13);

        // Set aside the first standard question: it stays listed, marked.
        ListView<Question> list = lookup("#questions-list").queryListView();
        interact(() -> list.getSelectionModel().select(0));
        interact(() -> lookup("#questions-retire").<javafx.scene.control.Button>query().fire());
        assertThat(werkbank.checkInQuestions().library(Question.Kind.CHECK_IN).get(0).retired()).isTrue();
        assertThat(list.getItems()).hasSize(13);

        // An uitcheck question.
        interact(() -> lookup("#questions-kind-check_out").<javafx.scene.control.ToggleButton>query().fire());
        assertThat(text("#questions-error")).isEmpty();
        // The refused words are still in the field (nothing typed is lost): replace them.
        assertThat(text.getText()).isEqualTo("wat heb je deze week van een bewoner geleerd?");
        interact(text::requestFocus);
        push(KeyCode.CONTROL, KeyCode.A);
        write("Wat doe je morgen anders?").type(KeyCode.ENTER);
        assertThat(werkbank.checkInQuestions().active(Question.Kind.CHECK_OUT)).containsExactly("Wat doe je morgen anders?");
        Screenshots.capture("settings-questions");

        // The meeting offers it in Voorbereiding; the closing round asks it.
        interact(() -> window.openMeeting(meetingId));
        push(KeyCode.CONTROL, KeyCode.DIGIT1);
        ComboBox<String> checkOut = lookup("#meeting-checkout-question").query();
        assertThat(checkOut.getItems()).containsExactly("Wat doe je morgen anders?");
        interact(() -> checkOut.setValue("Wat doe je morgen anders?"));
        assertThat(werkbank.meetings().get(meetingId).checkOutQuestion()).isEqualTo("Wat doe je morgen anders?");
        push(KeyCode.CONTROL, KeyCode.DIGIT7);
        assertThat(text("#round-question")).isEqualTo("Uitcheck · Wat doe je morgen anders?");
    }
}
