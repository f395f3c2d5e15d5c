package nl.werkbank.app.ui;

import static java.time.LocalDate.of;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import nl.werkbank.core.Werkbank;
import nl.werkbank.core.meetings.AttendanceStatus;
import nl.werkbank.core.meetings.EvaluationAnswer;
import nl.werkbank.core.meetings.EvaluationQuestion;
import nl.werkbank.core.meetings.GuestRequest;
import nl.werkbank.core.meetings.Meeting;
import nl.werkbank.core.meetings.MeetingMode;
import nl.werkbank.core.meetings.MeetingType;
import org.junit.jupiter.api.Test;

/**
 * A focusgroep gets an Evaluatie step with three rounds: answered from the keyboard like a check-in, stored per
 * person and question; a team meeting keeps its eight steps and numbers.
 */
class EvaluationRoundsScreenTest extends UiTestBase {

    private UUID focusGroup;
    private UUID teamMeeting;

    @Override
    void prepare(Werkbank werkbank) {
        Meeting meeting = werkbank.meetings().create(Meeting.create(null, MeetingType.FOCUS_GROUP, of(2026, 11, 20),
                java.time.LocalTime.of(15, 0), java.time.LocalTime.of(16, 30), MeetingMode.PHYSICAL)
                .withTitle("Terugblik op het jaar"), null);
        focusGroup = meeting.id();
        for (String name : List.of("Anouk Prins", "Bram Visser", "Chantal Dekker")) {
            var line = werkbank.attendance().addGuest(focusGroup, new GuestRequest(null, name, null, null, false, false));
            werkbank.attendance().setStatus(line.attendance().id(), AttendanceStatus.PRESENT);
        }
        var team = werkbank.teams().create("Armoede en schulden", false);
        teamMeeting = werkbank.meetings().create(Meeting.create(team.id(), MeetingType.TEAM_MEETING, of(2026, 11, 24),
                java.time.LocalTime.of(14, 0), java.time.LocalTime.of(16, 0), MeetingMode.PHYSICAL), null).id();
    }

    @Test
    void threeRoundsAreAnsweredFromTheKeyboardAndStoredPerQuestion() {
        interact(() -> window.openMeeting(focusGroup));
        waitUntil(() -> lookup("#step-evaluation").queryAs(ToggleButton.class).isVisible());
        assertThat(lookup("#step-evaluation").queryAs(ToggleButton.class).getText()).isEqualTo("6  Evaluatie");
        assertThat(lookup("#step-report").queryAs(ToggleButton.class).getText()).isEqualTo("9  Verslag");

        push(KeyCode.CONTROL, KeyCode.DIGIT6);
        waitForFocus("#round-text");
        assertThat(lookup("#round-question").queryAs(Label.class).getText()).isEqualTo("Wat werkte wel?");
        write("De mix aan tafel");
        type(KeyCode.ENTER);
        push(KeyCode.CONTROL, KeyCode.P);
        write("Kleine experimenten");
        push(KeyCode.ALT, KeyCode.P);
        type(KeyCode.ENTER);
        waitUntil(() -> lookup("#evaluation-next-question").queryAs(javafx.scene.control.Button.class).isVisible());
        Screenshots.capture("evaluation-round-finished");

        // Enter on "Volgende vraag": the second round starts with the first person again.
        type(KeyCode.ENTER);
        waitForFocus("#round-text");
        assertThat(lookup("#round-question").queryAs(Label.class).getText()).isEqualTo("Wat werkte niet?");
        write("Te lang online");
        type(KeyCode.ENTER);
        Screenshots.capture("evaluation-round");

        waitUntil(() -> werkbank.rounds().evaluationAnswers(focusGroup).size() == 4);
        List<EvaluationAnswer> answers = werkbank.rounds().evaluationAnswers(focusGroup);
        assertThat(answers).filteredOn(a -> a.question() == EvaluationQuestion.WORKED).hasSize(3)
                .anySatisfy(a -> assertThat(a.passed()).isTrue())
                .anySatisfy(a -> {
                    assertThat(a.text()).isEqualTo("Kleine experimenten");
                    assertThat(a.privateEntry()).isTrue();
                });
        assertThat(answers).filteredOn(a -> a.question() == EvaluationQuestion.DID_NOT_WORK)
                .extracting(EvaluationAnswer::text).containsExactly("Te lang online");
    }

    @Test
    void aTeamMeetingHasNoEvaluationStepAndKeepsItsNumbers() {
        interact(() -> window.openMeeting(teamMeeting));
        waitUntil(() -> "8  Verslag".equals(lookup("#step-report").queryAs(ToggleButton.class).getText()));
        assertThat(lookup("#step-evaluation").queryAs(ToggleButton.class).isVisible()).isFalse();
        push(KeyCode.CONTROL, KeyCode.DIGIT8);
        waitUntil(() -> lookup("#step-report").queryAs(ToggleButton.class).isSelected());
    }
}
