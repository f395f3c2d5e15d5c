package nl.werkbank.app.ui;

import static java.time.LocalDate.of;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import nl.werkbank.core.Werkbank;
import nl.werkbank.core.decisions.ActionRow;
import nl.werkbank.core.decisions.ActionSource;
import nl.werkbank.core.decisions.ConditionAnswer;
import nl.werkbank.core.decisions.Decision;
import nl.werkbank.core.decisions.DecisionHistory;
import nl.werkbank.core.decisions.DecisionStatus;
import nl.werkbank.core.decisions.MinorityCondition;
import nl.werkbank.core.decisions.Support;
import nl.werkbank.core.decisions.Vote;
import nl.werkbank.core.decisions.VoteOutcome;
import nl.werkbank.core.meetings.AttendanceLine;
import nl.werkbank.core.meetings.AttendanceStatus;
import nl.werkbank.core.meetings.Meeting;
import nl.werkbank.core.meetings.MeetingMode;
import nl.werkbank.core.meetings.MeetingType;
import nl.werkbank.core.people.Person;
import nl.werkbank.core.teams.Membership;
import nl.werkbank.core.teams.MembershipRole;
import nl.werkbank.core.teams.Team;
import org.junit.jupiter.api.Test;

/**
 * A facilitator guides a Deep Democracy decision through the meeting screen: a first vote without a
 * majority, a second round, two minority conditions of which one becomes an action, the final text; a second
 * decision is postponed and then resumed in the team's next meeting.
 */
class DecisionFlowTest extends UiTestBase {

    private static final String[] MEMBERS = {"Anouk Prins", "Bram Visser", "Chantal Dekker", "Daan Peters", "Els Vos",
        "Fatima Kramer"};
    private UUID first;
    private UUID second;

    @Override
    void prepare(Werkbank werkbank) {
        Team team = werkbank.teams().create("Armoede en schulden", false);
        for (String name : MEMBERS) {
            Person person = werkbank.people().create(name, null, null, false);
            werkbank.teams().saveMembership(Membership.create(team.id(), person.id(), MembershipRole.MEMBER, of(2026, 1, 1), null));
        }
        first = meeting(werkbank, team, of(2026, 11, 19));
        second = meeting(werkbank, team, of(2026, 12, 3));
    }

    private static UUID meeting(Werkbank werkbank, Team team, LocalDate date) {
        Meeting meeting = werkbank.meetings().create(Meeting.create(team.id(), MeetingType.TEAM_MEETING, date, LocalTime.of(14, 0),
                LocalTime.of(16, 0), MeetingMode.PHYSICAL), null);
        for (AttendanceLine line : werkbank.attendance().lines(meeting.id())) {
            werkbank.attendance().setStatus(line.attendance().id(), AttendanceStatus.PRESENT);
        }
        return meeting.id();
    }

    @Test
    void guideADecisionWithANoMajorityRoundAndResumeAPostponedOne() {
        interact(() -> window.openMeeting(first));
        push(KeyCode.CONTROL, KeyCode.DIGIT6);

        // 1 Vraag. Starting moves on to the perspectives.
        clickOn("#decision-question").write("Starten we een inloopspreekuur in de wijk?");
        clickOn("#decision-start");
        Decision decision = werkbank.decisions().ofMeeting(first).get(0);
        clickOn("#perspective-entry").write("Bewoners krijgen een vast punt").type(KeyCode.ENTER);
        press(KeyCode.ALT, KeyCode.DIGIT3).release(KeyCode.DIGIT3, KeyCode.ALT);
        press(KeyCode.ALT, KeyCode.A).release(KeyCode.A, KeyCode.ALT);
        write("Wie niet durft binnen te lopen bereiken we niet").type(KeyCode.ENTER);

        // 5 Stemming: a tie is no majority; the counters never allow more votes than the six present.
        clickOn("#decision-page-vote");
        clickTimes("#vote-for-plus", 3);
        clickTimes("#vote-against-plus", 3);
        assertThat(text("#vote-outcome")).startsWith("Geen meerderheid: de stemmen staken");
        assertThat(lookup("#vote-abstain-plus").query().isDisabled()).isTrue();
        Screenshots.capture("decision-vote-tie");
        clickOn("#vote-next-round");
        assertThat(text("#decision-round")).isEqualTo("Ronde 2");
        clickOn("#perspective-entry").write("Begin klein, met een pilot").type(KeyCode.ENTER);
        clickOn("#decision-page-vote");
        assertThat(text("#vote-for-count")).isEqualTo("0");
        clickTimes("#vote-for-plus", 5);
        clickTimes("#vote-against-plus", 1);
        assertThat(text("#vote-outcome")).startsWith("Meerderheid voor");
        // A second option in the same round; the first one stays listed and can be corrected.
        clickOn("#vote-new-option");
        assertThat(text("#vote-for-count")).isEqualTo("0");
        clickOn("#vote-option").write("Alleen op dinsdagochtend");
        clickTimes("#vote-for-plus", 2);
        clickTimes("#vote-against-plus", 3);
        assertThat(text("#vote-outcome")).startsWith("Meerderheid tegen");
        assertThat(lookup(".vote-option-line").queryAll()).hasSize(2);
        Screenshots.capture("decision-vote-options");
        clickOn(lookup(".vote-option-line").lookup((javafx.scene.control.Button b) -> b.getText().startsWith("Starten we")).<Node>query());
        assertThat(text("#vote-for-count")).isEqualTo("5");
        assertThat(lookup("#vote-next-round").query().isVisible()).isFalse();

        // 6 Wijsheid van de minderheid: two conditions, the first agreed and made an action.
        clickOn("#decision-next");
        clickOn("#condition-entry").write("Evaluatie na drie maanden").type(KeyCode.ENTER);
        write("Ook huisbezoeken aanbieden").type(KeyCode.ENTER);
        clickOn("Evaluatie na drie maanden");
        clickOn("#condition-answer").clickOn("Overgenomen");
        clickOn("#condition-action");
        clickOn(lookup("#action-owners .check-box").nth(1).<Node>query());
        clickOn("Opslaan");
        Screenshots.capture("decision-minority");

        // 7 Besluit: "besloten" without a text is refused at the field.
        clickOn("#decision-next");
        clickOn("#status-decided");
        assertThat(lookup(".field-error").queryAllAs(Label.class)).anySatisfy(label -> assertThat(label.getText())
                .startsWith("Een besluit kan pas besloten zijn met een besluittekst"));
        assertThat(werkbank.decisions().get(decision.id()).status()).isEqualTo(DecisionStatus.OPEN);
        clickOn("#decision-final-text").write("We starten in september een inloopspreekuur, eerst als pilot.");
        clickOn("#support-reservations");
        Screenshots.capture("decision-outcome");

        DecisionHistory history = werkbank.decisions().history(decision.id());
        assertThat(history.decision().status()).isEqualTo(DecisionStatus.DECIDED);
        assertThat(history.decision().support()).isEqualTo(Support.RESERVATIONS);
        assertThat(history.decision().finalText()).startsWith("We starten in september");
        assertThat(history.votes()).extracting(Vote::round, Vote::option, Vote::outcome).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple(1, null, VoteOutcome.TIE), org.assertj.core.groups.Tuple.tuple(2, null, VoteOutcome.ADOPTED),
                org.assertj.core.groups.Tuple.tuple(2, "Alleen op dinsdagochtend", VoteOutcome.REJECTED));
        assertThat(history.perspectives()).hasSize(3).anySatisfy(p -> assertThat(p.otherVoice()).isTrue());
        assertThat(history.conditions()).extracting(MinorityCondition::text, MinorityCondition::answer).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("Evaluatie na drie maanden", ConditionAnswer.ADOPTED),
                org.assertj.core.groups.Tuple.tuple("Ook huisbezoeken aanbieden", null));
        assertThat(history.actions()).singleElement().satisfies(row -> {
            assertThat(row.action().source()).isEqualTo(ActionSource.CONDITION);
            assertThat(row.action().description()).isEqualTo("Evaluatie na drie maanden");
            assertThat(row.ownerNames()).hasSize(1);
        });

        // A second decision: no majority, postponed.
        clickOn("#decision-new");
        clickOn("#decision-question").write("Werken we samen met de voedselbank?");
        clickOn("#decision-start");
        clickOn("#decision-page-vote");
        clickTimes("#vote-for-plus", 2);
        clickTimes("#vote-against-plus", 2);
        clickOn("#vote-postpone");
        Decision postponed = werkbank.decisions().ofMeeting(first).stream()
                .filter(d -> d.question().startsWith("Werken we samen")).findFirst().orElseThrow();
        assertThat(postponed.status()).isEqualTo(DecisionStatus.POSTPONED);

        // The next meeting: last time's action comes up for review, and the postponed decision can be resumed.
        clickOn("#meeting-back");
        interact(() -> window.openMeeting(second));
        push(KeyCode.CONTROL, KeyCode.DIGIT4);
        TableView<ActionRow> review = lookup("#action-review").queryTableView();
        assertThat(review.getItems()).extracting(row -> row.action().description()).containsExactly("Evaluatie na drie maanden");
        push(KeyCode.CONTROL, KeyCode.DIGIT6);
        ListView<Decision> resumable = lookup("#decision-resumable").queryListView();
        assertThat(resumable.getItems()).extracting(Decision::id).containsExactly(postponed.id());
        clickOn("Werken we samen met de voedselbank? (Uitgesteld, ronde 1)");
        clickOn("#decision-resume");
        assertThat(text("#decision-round")).isEqualTo("Ronde 2");
        DecisionHistory resumed = werkbank.decisions().history(postponed.id());
        assertThat(resumed.decision().status()).isEqualTo(DecisionStatus.OPEN);
        assertThat(resumed.sessions()).extracting(s -> s.meetingId()).containsExactly(first, second);
        assertThat(resumed.votes()).singleElement().satisfies(v -> assertThat(v.outcome()).isEqualTo(VoteOutcome.TIE));
        assertThat(werkbank.decisions().ofMeeting(second)).extracting(Decision::id).containsExactly(postponed.id());
        Screenshots.capture("decision-resumed");
    }

    private void clickTimes(String query, int times) {
        for (int i = 0; i < times; i++) {
            clickOn(query);
        }
    }
}
