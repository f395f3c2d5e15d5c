package nl.werkbank.core.decisions;

import static java.time.LocalDate.of;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.werkbank.core.Werkbank;
import nl.werkbank.core.common.Problem;
import nl.werkbank.core.common.ValidationException;
import nl.werkbank.core.meetings.AttendanceLine;
import nl.werkbank.core.meetings.AttendanceStatus;
import nl.werkbank.core.meetings.Meeting;
import nl.werkbank.core.meetings.MeetingMode;
import nl.werkbank.core.meetings.MeetingType;
import nl.werkbank.core.people.Person;
import nl.werkbank.core.teams.Membership;
import nl.werkbank.core.teams.MembershipRole;
import nl.werkbank.core.teams.Team;
import nl.werkbank.core.testing.TestWerkbank;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DecisionServiceTest {

    @TempDir
    Path folder;
    Werkbank werkbank;
    Team team;
    List<Person> members;

    @BeforeEach
    void open() {
        werkbank = TestWerkbank.open(folder);
        team = werkbank.teams().create("Armoede en schulden", false);
        members = List.of("Sanne de Vries", "Ahmed Bakker", "Els Jansen", "Joost Peters", "Fatma Yilmaz").stream()
                .map(name -> werkbank.people().create(name, null, null, false)).toList();
        for (Person person : members) {
            werkbank.teams().saveMembership(Membership.create(team.id(), person.id(), MembershipRole.MEMBER, of(2020, 1, 1), null));
        }
    }

    @AfterEach
    void close() {
        werkbank.close();
    }

    /** A meeting where the first {@code present} members are present. */
    private Meeting meeting(LocalDate date, int present) {
        Meeting meeting = werkbank.meetings().create(Meeting.create(team.id(), MeetingType.TEAM_MEETING, date, LocalTime.of(14, 0),
                LocalTime.of(16, 0), MeetingMode.PHYSICAL), null);
        List<AttendanceLine> lines = werkbank.attendance().lines(meeting.id());
        List<UUID> here = members.subList(0, present).stream().map(Person::id).toList();
        for (AttendanceLine line : lines) {
            werkbank.attendance().setStatus(line.attendance().id(),
                    here.contains(line.attendance().personId()) ? AttendanceStatus.PRESENT : AttendanceStatus.EXCUSED);
        }
        return meeting;
    }

    @Test
    void votesCannotExceedThosePresentAndCountsComeFromBallots() {
        Meeting meeting = meeting(of(2021, 3, 18), 4);
        Decision decision = werkbank.decisions().start(meeting.id(), "Starten we een inloopspreekuur?");
        assertThat(werkbank.decisionSteps().entitled(meeting.id())).isEqualTo(4);

        Vote tooMany = Vote.create(decision.id(), meeting.id(), null).withCounts(3, 1, 1);
        assertThatThrownBy(() -> werkbank.decisionSteps().saveVote(tooMany)).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.problems()).containsExactly(Problem.of("votes", "error.votes.tooMany", 5, 4)));
        assertThat(werkbank.decisionSteps().votes(decision.id())).isEmpty();

        Vote vote = werkbank.decisionSteps().saveBallots(Vote.create(decision.id(), meeting.id(), "Inloopspreekuur"),
                Map.of(members.get(0).id(), VoteChoice.FOR, members.get(1).id(), VoteChoice.FOR,
                        members.get(2).id(), VoteChoice.FOR, members.get(3).id(), VoteChoice.ABSTAIN));
        assertThat(vote.votesFor()).isEqualTo(3);
        assertThat(vote.abstentions()).isEqualTo(1);
        assertThat(vote.entitled()).isEqualTo(4);
        assertThat(vote.outcome()).isEqualTo(VoteOutcome.ADOPTED);
        assertThat(werkbank.decisionSteps().ballots(vote.id())).hasSize(4);

        // Fatma was excused: she cannot vote.
        assertThatThrownBy(() -> werkbank.decisionSteps().saveBallots(vote, Map.of(members.get(4).id(), VoteChoice.AGAINST)))
                .isInstanceOf(ValidationException.class);
    }

    @Test
    void theDecisionStepOpensWithOneReadAndShowsTheBallotsOfTheChosenVote() {
        Meeting march = meeting(of(2021, 3, 18), 5);
        Meeting april = meeting(of(2021, 4, 15), 3);
        Decision postponed = werkbank.decisions().start(march.id(), "Gaan we samenwerken met de voedselbank?");
        werkbank.decisions().save(postponed.withOutcome(null, null, DecisionStatus.POSTPONED));
        Decision today = werkbank.decisions().start(april.id(), "Starten we een inloopspreekuur?");

        MeetingDecisions step = werkbank.decisions().forMeeting(april.id());
        assertThat(step.here()).extracting(Decision::id).containsExactly(today.id());
        assertThat(step.resumable()).extracting(Decision::id).containsExactly(postponed.id());
        assertThat(step.entitled()).isEqualTo(3);

        Vote perPerson = werkbank.decisionSteps().saveBallots(Vote.create(today.id(), april.id(), "Elke dinsdag"),
                Map.of(members.get(0).id(), VoteChoice.FOR, members.get(1).id(), VoteChoice.AGAINST));
        Vote counted = werkbank.decisionSteps().saveVote(Vote.create(today.id(), april.id(), "Elke donderdag").withCounts(2, 1, 0));
        // A vote given as counts has no ballots.
        assertThat(werkbank.decisions().open(today.id(), counted.id()).ballots()).isEmpty();
        OpenDecision chosen = werkbank.decisions().open(today.id(), perPerson.id());
        assertThat(chosen.history().votes()).extracting(Vote::id).containsExactlyInAnyOrder(perPerson.id(), counted.id());
        assertThat(chosen.ballots()).containsExactlyInAnyOrderEntriesOf(
                Map.of(members.get(0).id(), VoteChoice.FOR, members.get(1).id(), VoteChoice.AGAINST));

        // Deleting the vote also leaves tombstones for its ballots, so the deletion travels whole.
        werkbank.decisionSteps().delete(DecisionSteps.Step.VOTE, perPerson.id());
        assertThat(werkbank.info().recordCounts()).containsEntry("decision_ballot", 0L);
        long ballotTombstones = werkbank.database().transaction(c -> nl.werkbank.core.storage.Sql.count(c,
                "SELECT COUNT(*) FROM tombstone WHERE entity = 'decision_ballot'"));
        assertThat(ballotTombstones).isEqualTo(2L);
    }

    @Test
    void aDecisionCannotBeTakenWithoutAFinalText() {
        Meeting meeting = meeting(of(2021, 3, 18), 5);
        Decision decision = werkbank.decisions().start(meeting.id(), "Folder herschrijven in B1?");
        assertThatThrownBy(() -> werkbank.decisions().save(decision.withOutcome("  ", Support.YES, DecisionStatus.DECIDED)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems())
                        .containsExactly(Problem.of("finalText", "error.decision.finalTextRequired")));
        Decision taken = werkbank.decisions().save(decision.withOutcome("We herschrijven de folder.", Support.RESERVATIONS,
                DecisionStatus.DECIDED));
        assertThat(taken.status()).isEqualTo(DecisionStatus.DECIDED);
        assertThat(taken.support()).isEqualTo(Support.RESERVATIONS);
        assertThatThrownBy(() -> werkbank.decisions().start(meeting.id(), " ")).isInstanceOf(ValidationException.class);
    }

    @Test
    void noMajorityStartsANewRoundAndEarlierRoundsStay() {
        Meeting meeting = meeting(of(2021, 3, 18), 5);
        Decision decision = werkbank.decisions().start(meeting.id(), "Bewoners betalen voor de maaltijd?");
        werkbank.decisionSteps().savePerspective(Perspective.create(decision.id(), meeting.id(), "Geeft eigenwaarde",
                Valence.PLUS, false, null));
        Vote first = werkbank.decisionSteps().saveVote(Vote.create(decision.id(), meeting.id(), null).withCounts(2, 2, 1));
        assertThat(first.outcome()).isEqualTo(VoteOutcome.TIE);

        Decision second = werkbank.decisions().nextRound(decision.id());
        assertThat(second.round()).isEqualTo(2);
        werkbank.decisionSteps().savePerspective(Perspective.create(decision.id(), meeting.id(), "Drempel voor wie niets heeft",
                Valence.MINUS, true, members.get(3).id()));
        werkbank.decisionSteps().saveVote(Vote.create(decision.id(), meeting.id(), "Vrijwillige bijdrage").withCounts(4, 1, 0));

        DecisionHistory history = werkbank.decisions().history(decision.id());
        assertThat(history.perspectives()).extracting(Perspective::round, Perspective::otherVoice)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, false), org.assertj.core.groups.Tuple.tuple(2, true));
        assertThat(history.perspectives().get(1).personName()).isEqualTo("Joost Peters");
        assertThat(history.votes()).extracting(Vote::round, Vote::outcome)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, VoteOutcome.TIE),
                        org.assertj.core.groups.Tuple.tuple(2, VoteOutcome.ADOPTED));
    }

    @Test
    void aPostponedDecisionIsResumedInTheTeamsNextMeetingWithItsHistory() {
        Meeting march = meeting(of(2021, 3, 18), 5);
        Meeting april = meeting(of(2021, 4, 15), 4);
        Decision decision = werkbank.decisions().start(march.id(), "Gaan we samenwerken met de voedselbank?");
        werkbank.decisionSteps().saveAlternative(Alternative.create(decision.id(), march.id(), "Eerst een pilot", "Te groot"));
        werkbank.decisions().save(werkbank.decisions().get(decision.id()).withOutcome(null, null, DecisionStatus.POSTPONED));

        assertThat(werkbank.decisions().toResume(april.id())).extracting(Decision::id).containsExactly(decision.id());
        assertThat(werkbank.decisions().toResume(march.id())).isEmpty();
        Decision resumed = werkbank.decisions().resume(decision.id(), april.id());
        assertThat(resumed.status()).isEqualTo(DecisionStatus.OPEN);
        assertThat(resumed.round()).isEqualTo(2);
        assertThat(werkbank.decisions().toResume(april.id())).isEmpty();
        assertThat(werkbank.decisions().ofMeeting(april.id())).extracting(Decision::id).containsExactly(decision.id());

        MinorityCondition condition = werkbank.decisionSteps().saveCondition(MinorityCondition.create(decision.id(), april.id(),
                "Evaluatie na drie maanden").with("Evaluatie na drie maanden", ConditionAnswer.ADOPTED, null));
        werkbank.actions().save(ActionItem.create(april.id(), decision.id(), condition.id(), "Evaluatie plannen",
                of(2021, 7, 1), List.of(members.get(0).id(), members.get(1).id())));

        DecisionHistory history = werkbank.decisions().history(decision.id());
        assertThat(history.sessions()).extracting(DecisionSession::date, DecisionSession::round)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(of(2021, 3, 18), 1),
                        org.assertj.core.groups.Tuple.tuple(of(2021, 4, 15), 2));
        assertThat(history.alternatives()).extracting(Alternative::text).containsExactly("Eerst een pilot");
        assertThat(history.actions()).singleElement().satisfies(row -> {
            assertThat(row.action().source()).isEqualTo(ActionSource.CONDITION);
            assertThat(row.ownerNames()).containsExactly("Ahmed Bakker", "Sanne de Vries");
            assertThat(row.teamName()).isEqualTo("Armoede en schulden");
        });

        assertThat(werkbank.decisions().log(team.id(), "voedselbank")).hasSize(1);
        assertThat(werkbank.decisions().log(team.id(), "PILOT")).hasSize(1);
        assertThat(werkbank.decisions().log(team.id(), "drie maanden")).hasSize(1);
        assertThat(werkbank.decisions().log(team.id(), "iets anders")).isEmpty();
        assertThat(werkbank.decisions().log(null, "")).singleElement()
                .satisfies(summary -> assertThat(summary.lastWorkedOn()).isEqualTo(of(2021, 4, 15)));
    }

    @Test
    void openActionsComeBackForReviewAndTheOverviewFilters() {
        Meeting march = meeting(of(2021, 3, 18), 5);
        Meeting april = meeting(of(2021, 4, 15), 5);
        UUID sanne = members.get(0).id();
        UUID ahmed = members.get(1).id();
        ActionItem folder = werkbank.actions().save(ActionItem.create(march.id(), null, null, "Folder testen met bewoners",
                of(2021, 4, 1), List.of(sanne)));
        ActionItem agenda = werkbank.actions().save(ActionItem.create(march.id(), null, null, "Wethouder uitnodigen",
                of(2030, 1, 1), List.of(ahmed)));
        werkbank.actions().save(ActionItem.create(april.id(), null, null, "Verslag rondsturen", null, List.of(ahmed, sanne)));

        assertThat(werkbank.actions().toReview(april.id())).extracting(row -> row.action().description())
                .containsExactly("Folder testen met bewoners", "Wethouder uitnodigen");
        assertThat(werkbank.actions().toReview(march.id())).isEmpty();
        werkbank.actions().review(folder.id(), ActionStatus.DONE, folder.dueDate());
        assertThat(werkbank.actions().toReview(april.id())).extracting(row -> row.action().id()).containsExactly(agenda.id());

        assertThat(werkbank.actions().find(new ActionFilter(null, sanne, null, false))).hasSize(2);
        assertThat(werkbank.actions().find(new ActionFilter(team.id(), null, ActionStatus.OPEN, false))).hasSize(2);
        assertThat(werkbank.actions().find(new ActionFilter(null, null, ActionStatus.DONE, false))).hasSize(1);
        // The test clock is in 2026: the action due in 2030 is not overdue, the one without a date never is.
        werkbank.actions().review(folder.id(), ActionStatus.OPEN, of(2021, 4, 1));
        assertThat(werkbank.actions().find(new ActionFilter(null, null, null, true))).extracting(row -> row.action().id())
                .containsExactly(folder.id());
        assertThatThrownBy(() -> werkbank.actions().save(ActionItem.create(march.id(), null, null, "", null, List.of())))
                .isInstanceOf(ValidationException.class);
    }

    @Test
    void deletingAMeetingTakesItsDecisionsAndActionsAndLeavesTombstones() {
        Meeting meeting = meeting(of(2021, 3, 18), 5);
        Decision decision = werkbank.decisions().start(meeting.id(), "Vraag");
        werkbank.decisionSteps().savePerspective(Perspective.create(decision.id(), meeting.id(), "Punt", Valence.NEUTRAL,
                false, null));
        werkbank.actions().save(ActionItem.create(meeting.id(), decision.id(), null, "Actie", null, List.of(members.get(0).id())));
        werkbank.meetings().delete(meeting.id());
        assertThat(werkbank.decisions().log(null, "")).isEmpty();
        assertThat(werkbank.actions().find(ActionFilter.all())).isEmpty();
        for (String entity : List.of("decision", "decision_session", "decision_perspective", "action_item")) {
            long tombstones = werkbank.database().transaction(c -> nl.werkbank.core.storage.Sql.count(c,
                    "SELECT COUNT(*) FROM tombstone WHERE entity = ?", entity));
            assertThat(tombstones).as(entity).isEqualTo(1L);
        }
    }
}
