package nl.werkbank.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;
import javafx.scene.control.DatePicker;
import javafx.scene.control.TableView;
import nl.werkbank.core.Werkbank;
import nl.werkbank.core.demo.DemoWerkplaats;
import nl.werkbank.core.teams.MembershipRole;
import nl.werkbank.core.teams.TeamMember;
import nl.werkbank.core.teams.TeamRow;
import org.junit.jupiter.api.Test;

/** On the demo: a member hands over to a new colleague (warme overdracht) through the Werkteams screen. */
class TeamHandOverTest extends UiTestBase {

    @Override
    void prepare(Werkbank werkbank) {
        DemoWerkplaats.load(werkbank, false);
    }

    @Test
    void handOverEndsTheMembershipAndStartsTheSuccessorsOnTheSameDay() {
        TableView<TeamRow> teams = lookup("#team-list").queryTableView();
        assertThat(teams.getItems()).extracting(row -> row.team().name())
                .contains("Armoede en schulden", "Gezond-sociaal", "Multiproblematiek");
        clickOn("Multiproblematiek");
        UUID teamId = teams.getSelectionModel().getSelectedItem().team().id();

        TableView<TeamMember> members = lookup("#member-list").queryTableView();
        TeamMember leaving = members.getItems().stream()
                .filter(m -> "Enver".equals(m.organizationName())).findFirst().orElseThrow();
        clickOn(leaving.personName());
        clickOn("#membership-handover");
        clickOn("#handover-new-name").write("Joost Opvolger");
        replaceText(lookup("#handover-date").queryAs(DatePicker.class).getEditor(), "15-03-2022");
        Screenshots.capture("handover-dialog");
        clickOn("Opslaan");

        LocalDate day = LocalDate.of(2022, 3, 15);
        assertThat(werkbank.teams().membersOn(teamId, day)).extracting(TeamMember::personName)
                .contains(leaving.personName(), "Joost Opvolger");
        assertThat(werkbank.teams().membersOn(teamId, day.plusDays(1))).extracting(TeamMember::personName)
                .contains("Joost Opvolger").doesNotContain(leaving.personName());
        TeamMember successor = werkbank.teams().membersOn(teamId, day.plusDays(1)).stream()
                .filter(m -> m.personName().equals("Joost Opvolger")).findFirst().orElseThrow();
        assertThat(successor.membership().role()).isEqualTo(MembershipRole.CORE_MEMBER);
        assertThat(successor.membership().predecessorId()).isEqualTo(leaving.membership().id());
        assertThat(members.getItems()).extracting(TeamMember::personName).contains("Joost Opvolger");
    }

    @Test
    void handOverDateOutsideTheMembershipIsRefusedAndNoPersonIsLeftBehind() {
        clickOn("Multiproblematiek");
        TableView<TeamMember> members = lookup("#member-list").queryTableView();
        TeamMember member = members.getItems().get(0);
        int people = werkbank.people().list().size();
        clickOn(member.personName());
        clickOn("#membership-handover");
        clickOn("#handover-new-name").write("Iemand Nieuw");
        replaceText(lookup("#handover-date").queryAs(DatePicker.class).getEditor(), "01-01-2030");
        clickOn("Opslaan");

        assertThat(lookup(".field-error").queryAllAs(javafx.scene.control.Label.class)).anySatisfy(label ->
                assertThat(label.getText()).startsWith("De overdrachtsdatum moet binnen het lidmaatschap vallen"));
        assertThat(werkbank.people().list()).hasSize(people);
    }
}
