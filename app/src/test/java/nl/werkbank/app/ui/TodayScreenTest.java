package nl.werkbank.app.ui;

import static java.time.LocalDate.of;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import nl.werkbank.core.Werkbank;
import nl.werkbank.core.decisions.ActionItem;
import nl.werkbank.core.meetings.Meeting;
import nl.werkbank.core.meetings.MeetingMode;
import nl.werkbank.core.meetings.MeetingType;
import nl.werkbank.core.people.Person;
import nl.werkbank.core.teams.Membership;
import nl.werkbank.core.teams.MembershipRole;
import nl.werkbank.core.teams.Team;
import org.junit.jupiter.api.Test;

/** Vandaag: the next meeting opens with one key; open actions that are due, the late one marked. */
class TodayScreenTest extends UiTestBase {

    @Override
    void prepare(Werkbank werkbank) {
        Team team = werkbank.teams().create("Armoede en schulden", false);
        Person sanne = werkbank.people().create("Sanne de Vries", null, null, false);
        werkbank.teams().saveMembership(Membership.create(team.id(), sanne.id(), MembershipRole.FACILITATOR, of(2026, 1, 1), null));
        Meeting last = werkbank.meetings().create(Meeting.create(team.id(), MeetingType.TEAM_MEETING, of(2026, 11, 12),
                LocalTime.of(14, 0), LocalTime.of(16, 0), MeetingMode.PHYSICAL), null);
        werkbank.meetings().create(Meeting.create(team.id(), MeetingType.TEAM_MEETING, of(2026, 11, 26),
                LocalTime.of(14, 0), LocalTime.of(16, 0), MeetingMode.PHYSICAL), null);
        werkbank.meetings().create(Meeting.create(team.id(), MeetingType.TEAM_MEETING, of(2026, 12, 10),
                LocalTime.of(14, 0), LocalTime.of(16, 0), MeetingMode.PHYSICAL), null);
        werkbank.actions().save(ActionItem.create(last.id(), null, null, "Folder bijwerken", of(2026, 11, 20), List.of(sanne.id())));
        werkbank.actions().save(ActionItem.create(last.id(), null, null, "Zaal reserveren", of(2026, 12, 1), List.of(sanne.id())));
        werkbank.actions().save(ActionItem.create(last.id(), null, null, "Ooit eens", of(2027, 6, 1), List.of(sanne.id())));
    }

    @Test
    void theNextMeetingOpensWithEnterAndTheDueActionsAreListed() {
        push(KeyCode.CONTROL, KeyCode.DIGIT0);
        waitUntil(() -> lookup("#today-next").tryQuery().isPresent());
        assertThat(text("#today-next")).isEqualTo("Armoede en schulden · do 26-11-2026 · 14:00–16:00");
        String actions = lookup("#today-actions .label").queryAllAs(Label.class).stream().map(Label::getText)
                .reduce("", (a, b) -> a + "\n" + b);
        assertThat(actions).contains("Open acties: 3, waarvan 1 te laat", "Folder bijwerken — Sanne de Vries · was uiterlijk 20-11-2026: te laat",
                "Zaal reserveren — Sanne de Vries · uiterlijk 01-12-2026").doesNotContain("Ooit eens");
        Screenshots.capture("today");

        // Enter opens it, without a click into the page first.
        type(KeyCode.ENTER);
        waitUntil(() -> lookup("#meeting-screen").tryQuery().isPresent());
        assertThat(text("#meeting-title")).contains("26-11-2026");
    }
}
