package nl.werkbank.app.ui;

import static java.time.LocalDate.of;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import nl.werkbank.core.Werkbank;
import nl.werkbank.core.meetings.AttendanceLine;
import nl.werkbank.core.meetings.AttendanceStatus;
import nl.werkbank.core.meetings.CheckIn;
import nl.werkbank.core.meetings.CheckOut;
import nl.werkbank.core.meetings.MeetingRow;
import nl.werkbank.core.people.Affiliation;
import nl.werkbank.core.people.Organization;
import nl.werkbank.core.people.OrganizationType;
import nl.werkbank.core.people.Person;
import nl.werkbank.core.teams.Membership;
import nl.werkbank.core.teams.MembershipRole;
import nl.werkbank.core.teams.Team;
import org.junit.jupiter.api.Test;

/**
 * A facilitator runs a whole meeting through the UI: plan it, mark 12 attendees (one late, one excused,
 * one walk-in guest), check-in with one private entry and one pass, closing round with voornemens; the
 * next meeting's check-in shows those voornemens.
 */
class MeetingFlowTest extends UiTestBase {

    private static final String[] MEMBERS = {"Anouk Prins", "Bram Visser", "Chantal Dekker", "Daan Peters", "Els Vos",
        "Fatima Kramer", "Gerard Bos", "Hatice Kaya", "Iris de Wit", "Jasper Smit", "Karin Meijer"};

    @Override
    void prepare(Werkbank werkbank) {
        Team team = werkbank.teams().create("Armoede en schulden", false);
        Organization rotterdam = werkbank.organizations().create("Gemeente Rotterdam", OrganizationType.MUNICIPALITY, null, false);
        for (int i = 0; i < MEMBERS.length; i++) {
            Person person = werkbank.people().create(MEMBERS[i], null, null, false);
            if (i % 2 == 0) {
                werkbank.people().saveAffiliation(Affiliation.create(person.id(), rotterdam.id(), of(2020, 1, 1), null));
            }
            werkbank.teams().saveMembership(Membership.create(team.id(), person.id(),
                    i == 0 ? MembershipRole.FACILITATOR : MembershipRole.MEMBER, of(2026, 1, 1), null));
        }
    }

    @Test
    void runAWholeMeetingAndSeeTheVoornemensAtTheNextCheckIn() {
        planMeetingForTheTeam();
        UUID meetingId = onlyMeeting().meeting().id();

        // Attendance: one key per person. Row 5 (Els Vos) is excused, everyone else is here.
        TableView<?> table = lookup("#attendance-table").queryTableView();
        assertThat(table.getItems()).hasSize(11);
        clickOn(firstName(table));
        for (int row = 0; row < MEMBERS.length; row++) {
            type(row == 4 ? KeyCode.B : KeyCode.A);
        }
        // Bram came 15 minutes late.
        clickOn("Bram Visser").type(KeyCode.L);
        replaceText(lookup("#line-late").query(), "15");
        clickOn("Opslaan");
        // A walk-in guest with an organisation that Werkbank does not know yet.
        type(KeyCode.G);
        clickOn("#guest-name").write("Kofi Gast");
        clickOn("#guest-new-organization").write("Buurtwerk Zuid");
        clickOn("Opslaan");
        Screenshots.capture("meeting-attendance");

        List<AttendanceLine> lines = werkbank.attendance().lines(meetingId);
        assertThat(lines).hasSize(12);
        assertThat(lines).filteredOn(l -> l.attendance().status() == AttendanceStatus.PRESENT).hasSize(11);
        assertThat(line(lines, "Els Vos").attendance().status()).isEqualTo(AttendanceStatus.EXCUSED);
        assertThat(line(lines, "Bram Visser").attendance().lateMinutes()).isEqualTo(15);
        assertThat(line(lines, "Bram Visser").attendance().creditedMinutes(120)).isEqualTo(105);
        assertThat(line(lines, "Kofi Gast").attendance().guest()).isTrue();
        assertThat(line(lines, "Kofi Gast").organizationName()).isEqualTo("Buurtwerk Zuid");
        assertThat(line(lines, "Anouk Prins").attendance().preparationHours()).isEqualByComparingTo("2.00");

        // Check-in round: 11 present. The second person passes, the third is private.
        push(KeyCode.CONTROL, KeyCode.DIGIT3);
        for (int turn = 0; turn < 11; turn++) {
            if (turn == 1) {
                clickOn("#round-pass");
                continue;
            }
            clickOn("#round-text").write("Inbreng " + turn);
            if (turn == 2) {
                clickOn("#round-private");
            }
            clickOn("#round-text").type(KeyCode.ENTER);
        }
        assertThat(lookup("#round-finished").queryAs(Label.class).isVisible()).isTrue();
        List<CheckIn> checkIns = werkbank.rounds().checkIns(meetingId);
        assertThat(checkIns).hasSize(11);
        assertThat(checkIns).filteredOn(CheckIn::passed).singleElement().satisfies(c -> assertThat(c.text()).isNull());
        assertThat(checkIns).filteredOn(CheckIn::privateEntry).singleElement()
                .satisfies(c -> assertThat(c.text()).isEqualTo("Inbreng 2"));
        assertThat(checkIns).noneMatch(c -> c.personId().equals(line(lines, "Els Vos").attendance().personId()));

        // Closing round: takeaway, Enter, voornemen, Enter.
        push(KeyCode.CONTROL, KeyCode.DIGIT7);
        for (int turn = 0; turn < 11; turn++) {
            clickOn("#round-text").write("Geleerd " + turn).type(KeyCode.ENTER);
            write("Voornemen " + turn).type(KeyCode.ENTER);
        }
        List<CheckOut> checkOuts = werkbank.rounds().checkOuts(meetingId);
        assertThat(checkOuts).hasSize(11).allSatisfy(c -> assertThat(c.intention()).startsWith("Voornemen "));
        String anouksVoornemen = checkOuts.stream()
                .filter(c -> c.personId().equals(line(lines, "Anouk Prins").attendance().personId()))
                .findFirst().orElseThrow().intention();

        // The next meeting: Anouk is here; her check-in shows last time's voornemen.
        clickOn("#meeting-back");
        planMeetingForTheTeam();
        TableView<?> next = lookup("#attendance-table").queryTableView();
        clickOn(firstName(next)).type(KeyCode.A);
        push(KeyCode.CONTROL, KeyCode.DIGIT3);
        assertThat(lookup("#round-person").queryAs(Label.class).getText()).startsWith("Anouk Prins");
        assertThat(lookup("#round-previous").queryAs(Label.class).getText())
                .isEqualTo("Vorige keer voorgenomen: '" + anouksVoornemen + "'");
        Screenshots.capture("meeting-next-checkin");
        assertThat(werkbank.meetings().list(null, of(2000, 1, 1), of(2100, 1, 1))).hasSize(2);
    }

    @Test
    void beamerShowsQuestionSpeakerAndTimerButNeverWhatIsTyped() {
        planMeetingForTheTeam();
        TableView<?> table = lookup("#attendance-table").queryTableView();
        clickOn(firstName(table)).type(KeyCode.A).type(KeyCode.A);
        push(KeyCode.CONTROL, KeyCode.DIGIT3);
        clickOn("#round-text").write("Vertrouwelijk: zorgen thuis");
        clickOn("#round-private");
        type(KeyCode.F5);

        javafx.stage.Window beamer = javafx.stage.Window.getWindows().stream()
                .filter(w -> w.getScene() != null && w.getScene().lookup("#beamer-root") != null).findFirst().orElseThrow();
        assertThat(beamer.isShowing()).isTrue();
        var root = beamer.getScene().getRoot();
        String question = werkbank.meetings().list(null, of(2000, 1, 1), of(2100, 1, 1)).get(0).meeting().checkInQuestion();
        assertThat(((Label) root.lookup("#beamer-question")).getText()).isEqualTo(question);
        assertThat(((Label) root.lookup("#beamer-speaker")).getText()).isEqualTo("Aan het woord: Anouk Prins");
        assertThat(((Label) root.lookup("#beamer-timer")).getText()).matches("\\d\\d:\\d\\d");
        assertThat(root.lookupAll(".label")).allSatisfy(node ->
                assertThat(((Label) node).getText()).doesNotContain("Vertrouwelijk").doesNotContain("zorgen"));
        Screenshots.capture("beamer");
        // Readable from the back: every line at least 4 % of the screen height, the speaker larger than the heading.
        double screenHeight = beamer.getScene().getHeight();
        assertThat(root.lookupAll(".label")).filteredOn(javafx.scene.Node::isVisible).allSatisfy(node ->
                assertThat(((Label) node).getFont().getSize()).as(node.getId()).isGreaterThanOrEqualTo(screenHeight * 0.04 - 0.5));
        assertThat(((Label) root.lookup("#beamer-speaker")).getFont().getSize())
                .isGreaterThan(((Label) root.lookup("#beamer-heading")).getFont().getSize());


        type(KeyCode.F5);
        assertThat(beamer.isShowing()).isFalse();
    }

    @Test
    void aDecisionStepOnTheBeamerShowsOnlyTheDecisionWithThePerspectivesLargest() {
        planMeetingForTheTeam();
        TableView<?> table = lookup("#attendance-table").queryTableView();
        clickOn(firstName(table)).type(KeyCode.A).type(KeyCode.A);
        // A check-in left unfinished: Anouk has the floor and her timer runs.
        push(KeyCode.CONTROL, KeyCode.DIGIT3);
        push(KeyCode.CONTROL, KeyCode.DIGIT6);
        waitUntil(() -> stage.getScene().getFocusOwner() == lookup("#decision-question").query());
        write("Starten we een inloopspreekuur?");
        push(KeyCode.CONTROL, KeyCode.ENTER);
        waitUntil(() -> stage.getScene().getFocusOwner() == lookup("#perspective-entry").query());
        write("Bewoners krijgen een vast punt").type(KeyCode.ENTER);
        type(KeyCode.F5);

        javafx.stage.Window beamer = javafx.stage.Window.getWindows().stream()
                .filter(w -> w.getScene() != null && w.getScene().lookup("#beamer-root") != null).findFirst().orElseThrow();
        waitUntil(beamer::isShowing);
        var root = beamer.getScene().getRoot();
        assertThat(root.lookup("#beamer-speaker").isVisible()).isFalse();
        assertThat(root.lookup("#beamer-timer").isVisible()).isFalse();
        assertThat(((Label) root.lookup("#beamer-question")).getText()).isEqualTo("Starten we een inloopspreekuur?");
        Label perspective = (Label) root.lookup(".beamer-line");
        assertThat(perspective.getText()).contains("Bewoners krijgen een vast punt").doesNotContain("Anouk");
        assertThat(perspective.getFont().getSize()).as("the perspective is the largest line")
                .isGreaterThan(((Label) root.lookup("#beamer-question")).getFont().getSize())
                .isGreaterThanOrEqualTo(beamer.getScene().getHeight() * 0.04);
        Screenshots.capture("beamer-decision");
        // Closed directly: a key released into the closing full-screen window trips up Monocle (headless only).
        interact(beamer::hide);
        assertThat(beamer.isShowing()).isFalse();
    }

    @Test
    void meetingEndingBeforeItStartsIsRefusedAtTheField() {
        planMeetingForTheTeam();
        push(KeyCode.CONTROL, KeyCode.DIGIT1);
        TextField end = lookup("#meeting-end").queryAs(TextField.class);
        replaceText(end, "13:00").type(KeyCode.ENTER);
        assertThat(lookup(".field-error").queryAllAs(Label.class)).anySatisfy(label -> assertThat(label.getText())
                .isEqualTo("De eindtijd ligt voor de begintijd. Vul een eindtijd na 14:00 in."));
        assertThat(onlyMeeting().meeting().end()).hasToString("16:00");
        replaceText(end, "15:45").type(KeyCode.ENTER);
        assertThat(onlyMeeting().meeting().end()).hasToString("15:45");
    }

    private void planMeetingForTheTeam() {
        clickOn("#nav-meetings");
        clickOn("#meeting-new");
        clickOn("#new-meeting-team");
        clickOn("Armoede en schulden");
        Screenshots.capture("new-meeting");
        clickOn("Opslaan");
    }

    private MeetingRow onlyMeeting() {
        List<MeetingRow> meetings = werkbank.meetings().list(null, of(2000, 1, 1), of(2100, 1, 1));
        assertThat(meetings).hasSize(1);
        return meetings.get(0);
    }

    /** The name in the presentielijst's first row, as shown. */
    private static String firstName(TableView<?> table) {
        return (String) table.getColumns().get(0).getCellData(0);
    }

    private static AttendanceLine line(List<AttendanceLine> lines, String name) {
        return lines.stream().filter(l -> l.personName().equals(name)).findFirst().orElseThrow();
    }
}
