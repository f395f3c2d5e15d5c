package nl.werkbank.app.ui;

import static java.time.LocalDate.of;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.collections.ListChangeListener;
import javafx.event.EventHandler;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseEvent;
import javafx.stage.Window;
import nl.werkbank.app.fx.Nav;
import nl.werkbank.core.Werkbank;
import nl.werkbank.core.decisions.ActionItem;
import nl.werkbank.core.decisions.ActionRow;
import nl.werkbank.core.decisions.ActionSource;
import nl.werkbank.core.decisions.ActionStatus;
import nl.werkbank.core.decisions.ConditionAnswer;
import nl.werkbank.core.decisions.Decision;
import nl.werkbank.core.decisions.DecisionHistory;
import nl.werkbank.core.decisions.DecisionStatus;
import nl.werkbank.core.decisions.Support;
import nl.werkbank.core.decisions.Vote;
import nl.werkbank.core.decisions.VoteOutcome;
import nl.werkbank.core.meetings.AttendanceLine;
import nl.werkbank.core.meetings.AttendanceStatus;
import nl.werkbank.core.meetings.CheckIn;
import nl.werkbank.core.meetings.Meeting;
import nl.werkbank.core.meetings.MeetingMode;
import nl.werkbank.core.meetings.MeetingRow;
import nl.werkbank.core.meetings.MeetingType;
import nl.werkbank.core.people.Person;
import nl.werkbank.core.teams.Membership;
import nl.werkbank.core.teams.MembershipRole;
import nl.werkbank.core.teams.Team;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A whole meeting without a single mouse event: plan it, the presentielijst with a late arrival and a walk-in
 * guest, a check-in with a private entry and a pass, last time's action reviewed and a new one made, an agenda
 * item timed, a decision with a tied vote and a second round, a minority condition made into an action, the
 * closing round, a learning note, the verslag, and back to the list. Asserts the database after each part.
 */
class KeyboardMeetingTest extends UiTestBase {

    private static final String[] MEMBERS = {"Anouk Prins", "Bram Visser", "Chantal Dekker", "Daan Peters", "Els Vos",
        "Fatima Kramer"};
    private final AtomicInteger mouseEvents = new AtomicInteger();
    private final EventHandler<MouseEvent> countMouse = event -> mouseEvents.incrementAndGet();
    private final ListChangeListener<Window> watchWindows = change -> {
        while (change.next()) {
            change.getAddedSubList().forEach(this::watch);
        }
    };
    private UUID previousMeeting;
    private UUID lastTimesAction;

    @Override
    void prepare(Werkbank werkbank) {
        Team team = werkbank.teams().create("Armoede en schulden", false);
        UUID bram = null;
        for (int i = 0; i < MEMBERS.length; i++) {
            Person person = werkbank.people().create(MEMBERS[i], null, null, false);
            bram = i == 1 ? person.id() : bram;
            werkbank.teams().saveMembership(Membership.create(team.id(), person.id(),
                    i == 0 ? MembershipRole.FACILITATOR : MembershipRole.MEMBER, of(2026, 1, 1), null));
        }
        Meeting previous = werkbank.meetings().create(Meeting.create(team.id(), MeetingType.TEAM_MEETING, of(2026, 11, 12),
                LocalTime.of(14, 0), LocalTime.of(16, 0), MeetingMode.PHYSICAL), null);
        previousMeeting = previous.id();
        werkbank.agenda().add(previous.id(), "Stand van zaken schuldhulp", "Rondje", 30);
        lastTimesAction = werkbank.actions().save(ActionItem.create(previous.id(), null, null,
                "Folder over schuldhulp rondsturen", of(2026, 11, 20), List.of(bram))).id();
    }

    @BeforeEach
    void countMouseEvents() {
        interact(() -> {
            Window.getWindows().forEach(this::watch);
            Window.getWindows().addListener(watchWindows);
        });
    }

    @AfterEach
    void stopCounting() {
        interact(() -> Window.getWindows().removeListener(watchWindows));
    }

    /** Whether the presentielijst's row of {@code name} shows the status button {@code status} pressed. */
    private boolean statusShown(String status, String name) {
        return lookup(".status-" + status).queryAllAs(javafx.scene.control.ToggleButton.class).stream()
                .filter(button -> button.isVisible() && button.getAccessibleText() != null && button.getAccessibleText().endsWith(" " + name))
                .anyMatch(javafx.scene.control.ToggleButton::isSelected);
    }

    private void watch(Window window) {
        window.addEventFilter(MouseEvent.MOUSE_PRESSED, countMouse);
        window.addEventFilter(MouseEvent.MOUSE_CLICKED, countMouse);
    }

    @Test
    void aWholeMeetingWithoutTheMouse() throws Exception {
        // Plan: Ctrl+2 Bijeenkomsten, Ctrl+N, the team is already chosen, Enter saves and opens the meeting.
        push(KeyCode.CONTROL, KeyCode.DIGIT2);
        push(KeyCode.CONTROL, KeyCode.N);
        waitUntil(() -> lookup("#new-meeting-team").tryQuery().isPresent());
        assertThat(lookup("#new-meeting-team").<javafx.scene.control.ComboBox<Team>>query().getValue().name())
                .isEqualTo("Armoede en schulden");
        push(KeyCode.CONTROL, KeyCode.ENTER);
        waitUntil(() -> lookup("#attendance-table").tryQuery().isPresent());
        MeetingRow planned = werkbank.meetings().list(null, of(2026, 11, 13), of(2100, 1, 1)).get(0);
        UUID meetingId = planned.meeting().id();
        assertThat(planned.meeting().date()).isEqualTo(of(2026, 12, 10));

        // Presentielijst: the keys act at once, no click on the list first.
        for (KeyCode key : new KeyCode[] {KeyCode.A, KeyCode.A, KeyCode.B, KeyCode.A, KeyCode.A, KeyCode.X}) {
            type(key);
        }
        // The list shows what was saved: each save updates its own row on screen.
        waitUntil(() -> statusShown("present", "Anouk Prins") && statusShown("excused", "Chantal Dekker")
                && statusShown("absent", "Fatima Kramer"));
        assertThat(statusShown("present", "Chantal Dekker")).isFalse();
        // Bram came 20 minutes late: up to his row, L, type, Enter.
        type(KeyCode.UP, 4);
        type(KeyCode.L);
        waitForFocus("#line-late");
        push(KeyCode.CONTROL, KeyCode.A);
        write("20");
        type(KeyCode.ENTER);
        waitForClosed("#line-late");
        // A walk-in guest; the next key still acts on the list.
        type(KeyCode.G);
        waitForFocus("#guest-name");
        write("Kofi Gast");
        type(KeyCode.ENTER);
        waitForClosed("#guest-name");
        waitUntil(() -> werkbank.attendance().lines(meetingId).size() == 7);
        type(KeyCode.DOWN);
        type(KeyCode.UP);
        List<AttendanceLine> lines = werkbank.attendance().lines(meetingId);
        assertThat(line(lines, "Anouk Prins").attendance().status()).isEqualTo(AttendanceStatus.PRESENT);
        assertThat(line(lines, "Bram Visser").attendance().lateMinutes()).isEqualTo(20);
        assertThat(line(lines, "Chantal Dekker").attendance().status()).isEqualTo(AttendanceStatus.EXCUSED);
        assertThat(line(lines, "Fatima Kramer").attendance().status()).isEqualTo(AttendanceStatus.ABSENT);
        assertThat(line(lines, "Kofi Gast").attendance().guest()).isTrue();
        assertThat(line(lines, "Kofi Gast").attendance().status()).isEqualTo(AttendanceStatus.PRESENT);
        assertThat(lines).filteredOn(l -> l.attendance().status() == AttendanceStatus.PRESENT).hasSize(5);
        assertThat(statusShown("present", "Kofi Gast")).isTrue();

        // Check-in: five turns; the second passes, the third is private (Alt+P).
        push(KeyCode.CONTROL, KeyCode.DIGIT3);
        waitForFocus("#round-text");
        for (int turn = 0; turn < 5; turn++) {
            if (turn == 1) {
                push(KeyCode.CONTROL, KeyCode.P);
                continue;
            }
            write(turn == 2 ? "Zorgen thuis" : "Inbreng " + turn);
            if (turn == 2) {
                push(KeyCode.ALT, KeyCode.P);
            }
            type(KeyCode.ENTER);
        }

        assertThat(lookup("#round-finished").queryAs(Label.class).isVisible()).isTrue();
        List<CheckIn> checkIns = werkbank.rounds().checkIns(meetingId);
        assertThat(checkIns).hasSize(5);
        assertThat(checkIns).filteredOn(CheckIn::passed).hasSize(1);
        assertThat(checkIns).filteredOn(CheckIn::privateEntry).singleElement()
                .satisfies(c -> assertThat(c.text()).isEqualTo("Zorgen thuis"));

        // Acties: last time's action is done (D); Ctrl+N makes a new one, Tab to the owners, Space ticks one.
        push(KeyCode.CONTROL, KeyCode.DIGIT4);
        waitForFocus("#action-review");
        type(KeyCode.D);
        assertThat(werkbank.actions().get(lastTimesAction).action().status()).isEqualTo(ActionStatus.DONE);
        push(KeyCode.CONTROL, KeyCode.N);
        waitForFocus("#action-description");
        write("Verslag rondsturen");
        type(KeyCode.TAB);
        type(KeyCode.SPACE);
        push(KeyCode.CONTROL, KeyCode.ENTER);
        waitForClosed("#action-description");
        assertThat(werkbank.actions().ofMeeting(meetingId)).singleElement().satisfies(row -> {
            assertThat(row.action().description()).isEqualTo("Verslag rondsturen");
            assertThat(row.ownerNames()).containsExactly("Anouk Prins");
        });

        // Agenda: the copied item, Enter starts it, Enter finishes it.
        push(KeyCode.CONTROL, KeyCode.DIGIT5);
        waitForFocus("#agenda-run-table");
        type(KeyCode.ENTER);
        type(KeyCode.ENTER);
        assertThat(werkbank.agenda().of(meetingId)).singleElement().satisfies(item -> {
            assertThat(item.title()).isEqualTo("Stand van zaken schuldhulp");
            assertThat(item.actualMinutes()).isEqualTo(1);
        });

        // Besluiten: the cursor is in the question; Ctrl+Enter starts.
        push(KeyCode.CONTROL, KeyCode.DIGIT6);
        waitForFocus("#decision-question");
        write("Starten we een inloopspreekuur in de wijk?");
        push(KeyCode.CONTROL, KeyCode.ENTER);
        waitUntil(() -> !werkbank.decisions().ofMeeting(meetingId).isEmpty());
        Decision decision = werkbank.decisions().ofMeeting(meetingId).get(0);
        toPage(3);
        waitForFocus(".vote-counters");
        // A tie: 2 for, 2 against, 1 abstaining; the sixth vote is refused (five present).
        for (KeyCode key : new KeyCode[] {KeyCode.DIGIT1, KeyCode.DIGIT1, KeyCode.DIGIT2, KeyCode.DIGIT2, KeyCode.DIGIT3,
            KeyCode.DIGIT1}) {
            type(key);
        }
        assertThat(text("#vote-outcome")).startsWith("Geen meerderheid");
        assertThat(text("#vote-for-count")).isEqualTo("2");
        push(KeyCode.ALT, KeyCode.R);
        assertThat(text("#decision-round")).isEqualTo("Ronde 2");
        toPage(3);
        waitForFocus(".vote-counters");
        for (KeyCode key : new KeyCode[] {KeyCode.DIGIT1, KeyCode.DIGIT1, KeyCode.DIGIT1, KeyCode.DIGIT1, KeyCode.DIGIT2}) {
            type(key);
        }
        push(KeyCode.SHIFT, KeyCode.DIGIT1);
        assertThat(text("#vote-for-count")).isEqualTo("3");
        assertThat(text("#vote-outcome")).startsWith("Meerderheid voor");

        // Minority: a condition, adopted (Alt+1), made into an action (Alt+A) owned by the first person present.
        toPage(1);
        waitForFocus("#condition-entry");
        write("Evaluatie na drie maanden");
        type(KeyCode.ENTER);
        push(KeyCode.ALT, KeyCode.DIGIT1);
        push(KeyCode.ALT, KeyCode.A);
        waitForFocus("#action-description");
        type(KeyCode.TAB);
        type(KeyCode.SPACE);
        push(KeyCode.CONTROL, KeyCode.ENTER);
        waitForClosed("#action-owners");

        // Outcome: the text, carried (Alt+1), decided (Alt+D).
        toPage(1);
        waitForFocus("#decision-final-text");
        write("We starten in maart een inloopspreekuur, eerst als pilot.");
        push(KeyCode.ALT, KeyCode.DIGIT1);
        push(KeyCode.ALT, KeyCode.D);
        DecisionHistory history = werkbank.decisions().history(decision.id());
        assertThat(history.decision().status()).isEqualTo(DecisionStatus.DECIDED);
        assertThat(history.decision().support()).isEqualTo(Support.YES);
        assertThat(history.decision().finalText()).startsWith("We starten in maart");
        assertThat(history.votes()).extracting(Vote::round, Vote::outcome).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple(1, VoteOutcome.TIE), org.assertj.core.groups.Tuple.tuple(2, VoteOutcome.ADOPTED));
        assertThat(history.conditions()).singleElement().satisfies(c -> assertThat(c.answer()).isEqualTo(ConditionAnswer.ADOPTED));
        assertThat(history.actions()).singleElement().satisfies(row -> {
            assertThat(row.action().source()).isEqualTo(ActionSource.CONDITION);
            assertThat(row.ownerNames()).containsExactly("Anouk Prins");
        });

        // Closing round, then a learning note: Ctrl+N, type, Ctrl+Enter.
        push(KeyCode.CONTROL, KeyCode.DIGIT7);
        waitForFocus("#round-text");
        for (int turn = 0; turn < 5; turn++) {
            write("Geleerd " + turn);
            type(KeyCode.ENTER);
            write("Voornemen " + turn);
            type(KeyCode.ENTER);
        }
        assertThat(werkbank.rounds().checkOuts(meetingId)).hasSize(5);
        push(KeyCode.CONTROL, KeyCode.N);
        waitForFocus("#learning-text");
        write("Bewoners denken mee als je bij hen langsgaat.");
        push(KeyCode.CONTROL, KeyCode.ENTER);
        waitForClosed("#learning-text");
        assertThat(werkbank.learningNotes().of(meetingId)).singleElement()
                .satisfies(note -> assertThat(note.text()).startsWith("Bewoners denken mee"));

        // Verslag: the cursor is in "Opslaan als"; type a path, Enter.
        push(KeyCode.CONTROL, KeyCode.DIGIT8);
        Path verslag = folder.resolve("verslag.xlsx");
        waitForFocus("#minutes-path");
        push(KeyCode.CONTROL, KeyCode.A);
        write(verslag.toString());
        type(KeyCode.ENTER);
        waitUntil(() -> Files.exists(verslag));
        String text = allText(verslag);
        assertThat(text).contains("Starten we een inloopspreekuur in de wijk?", "We starten in maart", "Evaluatie na drie maanden",
                "Kofi Gast", "Bewoners denken mee", "20 min te laat").doesNotContain("Zorgen thuis");
        assertThat(text("#minutes-written")).contains(verslag.toString());
        Screenshots.capture("keyboard-meeting-verslag");

        // Escape: back to the list of meetings.
        type(KeyCode.ESCAPE);
        waitUntil(() -> window.current() == Nav.MEETINGS && lookup("#meeting-list").tryQuery().isPresent());
        assertThat(werkbank.actions().find(nl.werkbank.core.decisions.ActionFilter.all()))
                .extracting(ActionRow::action).extracting(ActionItem::meetingId).contains(previousMeeting, meetingId);

        assertThat(mouseEvents.get()).as("mouse events during the meeting").isZero();
    }

    /** Waits until the dialog is gone; typed text goes to the main window again. */
    private void waitForClosed(String query) {
        waitUntil(() -> lookup(query).tryQuery().isEmpty());
        targetWindow(stage);
    }

    /** Alt+→ {@code steps} times in the guided decision. */
    private void toPage(int steps) {
        for (int i = 0; i < steps; i++) {
            push(KeyCode.ALT, KeyCode.RIGHT);
        }
    }

    private static AttendanceLine line(List<AttendanceLine> lines, String name) {
        return lines.stream().filter(l -> l.personName().equals(name)).findFirst().orElseThrow();
    }

    private static String allText(Path workbook) throws Exception {
        StringBuilder text = new StringBuilder();
        try (XSSFWorkbook book = new XSSFWorkbook(Files.newInputStream(workbook))) {
            for (Sheet sheet : book) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        text.append(cell.toString()).append('\n');
                    }
                }
            }
        }
        return text.toString();
    }
}
