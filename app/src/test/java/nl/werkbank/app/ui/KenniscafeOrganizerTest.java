package nl.werkbank.app.ui;

import static java.time.LocalDate.of;
import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.ComboBox;
import javafx.scene.input.KeyCode;
import nl.werkbank.core.Werkbank;
import nl.werkbank.core.activity.ActivityReport;
import nl.werkbank.core.demo.DemoWerkplaats;
import nl.werkbank.core.hours.Period;
import nl.werkbank.core.meetings.Meeting;
import nl.werkbank.core.meetings.MeetingType;
import org.junit.jupiter.api.Test;

/**
 * The coordinator records who organised a kenniscafé and in what form (typing a new one), and the activity report
 * names them.
 */
class KenniscafeOrganizerTest extends UiTestBase {

    @Override
    void prepare(Werkbank werkbank) {
        DemoWerkplaats.load(werkbank, false);
    }

    @Test
    void theOrganisingTeamAndANewFormAreKeptAndReported() {
        // The café of 12 April 2021 was the Werkplaats' own in the demo.
        Meeting cafe = werkbank.meetings().list(null, of(2021, 4, 12), of(2021, 4, 12)).stream()
                .filter(row -> row.meeting().type() == MeetingType.KNOWLEDGE_CAFE).findFirst().orElseThrow().meeting();
        assertThat(cafe.organizerTeamId()).isNull();
        interact(() -> window.openMeeting(cafe.id()));
        clickOn("#step-preparation");
        waitUntil(() -> lookup("#meeting-organizer").tryQuery().isPresent());

        // The counts stored already show when the step opens.
        assertThat(lookup("#headcount-student").queryAs(javafx.scene.control.TextField.class).getText()).isEqualTo(
                werkbank.meetings().visitors(cafe.id()).get(nl.werkbank.core.meetings.VisitorCategory.STUDENT).toString());
        ComboBox<java.util.UUID> organizer = lookup("#meeting-organizer").queryComboBox();
        java.util.UUID gezondSociaal = werkbank.teams().list().stream()
                .filter(row -> row.team().name().equals("Gezond-sociaal")).findFirst().orElseThrow().team().id();
        // Picked in the box itself (the name may stand elsewhere on screen too).
        interact(() -> organizer.getSelectionModel().select(gezondSociaal));
        ComboBox<?> form = lookup("#meeting-form").queryComboBox();
        clickOn(form.getEditor()).eraseText(20).write("Wandelgesprek").type(KeyCode.TAB);
        Screenshots.capture("kenniscafe-organizer");
        waitUntil(() -> "Wandelgesprek".equals(werkbank.meetings().find(cafe.id()).orElseThrow().form()));

        Meeting saved = werkbank.meetings().find(cafe.id()).orElseThrow();
        assertThat(saved.organizerTeamId()).isEqualTo(werkbank.teams().list().stream()
                .filter(row -> row.team().name().equals("Gezond-sociaal")).findFirst().orElseThrow().team().id());
        ActivityReport report = werkbank.activity().report(Period.year(2021));
        assertThat(report.cafes().cafes()).filteredOn(line -> line.date().equals(of(2021, 4, 12))).singleElement()
                .satisfies(line -> {
                    assertThat(line.organizer()).isEqualTo("Gezond-sociaal");
                    assertThat(line.form()).isEqualTo("Wandelgesprek");
                });
    }
}
