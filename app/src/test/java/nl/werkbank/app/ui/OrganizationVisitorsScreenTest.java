package nl.werkbank.app.ui;

import static java.time.LocalDate.of;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import javafx.scene.control.Button;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import nl.werkbank.core.Werkbank;
import nl.werkbank.core.demo.DemoWerkplaats;
import nl.werkbank.core.hours.OrganizationHours;
import nl.werkbank.core.hours.Period;
import nl.werkbank.core.meetings.Meeting;
import nl.werkbank.core.meetings.MeetingType;
import nl.werkbank.core.meetings.OrganizationVisitors;
import nl.werkbank.core.people.Organization;
import org.controlsfx.control.SearchableComboBox;
import org.junit.jupiter.api.Test;

/**
 * At a kenniscafé, colleagues a member brought are counted under their organisation in Voorbereiding; the
 * organisation's in-kind hours grow by the café's length for each of them, and removing the count takes them off.
 */
class OrganizationVisitorsScreenTest extends UiTestBase {

    @Override
    void prepare(Werkbank werkbank) {
        DemoWerkplaats.load(werkbank, false);
    }

    @Test
    void colleaguesCountedUnderAPartnerBecomeItsHours() {
        Meeting cafe = werkbank.meetings().list(null, of(2021, 4, 12), of(2021, 4, 12)).stream()
                .filter(row -> row.meeting().type() == MeetingType.KNOWLEDGE_CAFE).findFirst().orElseThrow().meeting();
        Organization vlaardingen = werkbank.organizations().list().stream().map(row -> row.organization())
                .filter(o -> o.name().equals("Gemeente Vlaardingen")).findFirst().orElseThrow();
        BigDecimal before = hoursOf(vlaardingen);
        int alreadyCounted = werkbank.meetings().organizationVisitors(cafe.id()).stream()
                .filter(v -> v.organizationId().equals(vlaardingen.id())).mapToInt(OrganizationVisitors::visitors).sum();

        interact(() -> window.openMeeting(cafe.id()));
        clickOn("#step-preparation");
        waitUntil(() -> lookup("#organization-visitors-add").tryQuery().isPresent());
        SearchableComboBox<Organization> organization = lookup("#organization-visitors-organization").query();
        TextField count = lookup("#organization-visitors-count").query();
        Button add = lookup("#organization-visitors-add").query();

        // Without an organisation nothing is saved and the line says why.
        interact(() -> {
            count.setText("3");
            add.fire();
        });
        assertThat(lookup(".field-error").queryAllAs(javafx.scene.control.Label.class))
                .anyMatch(label -> label.isVisible() && label.getText().equals("Kies een organisatie."));

        interact(() -> {
            organization.setValue(vlaardingen);
            add.fire();
        });
        waitUntil(() -> visitorsOf(cafe, vlaardingen) == alreadyCounted + 3);
        waitUntil(() -> lookup("#organization-visitors").queryAs(javafx.scene.layout.VBox.class).getChildren().stream()
                .anyMatch(row -> row.lookup(".label") instanceof javafx.scene.control.Label label
                        && label.getText().equals("Gemeente Vlaardingen")));
        interact(() -> lookup(".scroll-pane").queryAllAs(ScrollPane.class).forEach(pane -> pane.setVvalue(1)));
        Screenshots.capture("kenniscafe-organization-visitors");

        // 15:30-17:00 is 1.50 h per colleague; Vlaardingen is a partner in 2021.
        BigDecimal added = new BigDecimal("1.50").multiply(BigDecimal.valueOf(3));
        assertThat(hoursOf(vlaardingen)).isEqualByComparingTo(before.add(added));

        interact(() -> lookup(".button").queryAllAs(Button.class).stream()
                .filter(b -> "Gemeente Vlaardingen weghalen".equals(b.getAccessibleText()))
                .findFirst().orElseThrow().fire());
        waitUntil(() -> visitorsOf(cafe, vlaardingen) == 0);
        assertThat(hoursOf(vlaardingen)).isEqualByComparingTo(before.subtract(
                new BigDecimal("1.50").multiply(BigDecimal.valueOf(alreadyCounted))));
    }

    private int visitorsOf(Meeting cafe, Organization organization) {
        return werkbank.meetings().organizationVisitors(cafe.id()).stream()
                .filter(v -> v.organizationId().equals(organization.id())).mapToInt(OrganizationVisitors::visitors).sum();
    }

    private BigDecimal hoursOf(Organization organization) {
        return werkbank.hours().overview(Period.halfYear(2021, 1)).partners().stream()
                .filter(row -> organization.id().equals(row.organizationId())).map(OrganizationHours::totalHours)
                .findFirst().orElse(BigDecimal.ZERO);
    }
}
