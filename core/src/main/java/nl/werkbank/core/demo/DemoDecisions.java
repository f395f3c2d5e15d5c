package nl.werkbank.core.demo;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import nl.werkbank.core.Werkbank;
import nl.werkbank.core.decisions.ActionItem;
import nl.werkbank.core.decisions.ActionStatus;
import nl.werkbank.core.decisions.Alternative;
import nl.werkbank.core.decisions.ConditionAnswer;
import nl.werkbank.core.decisions.Decision;
import nl.werkbank.core.decisions.DecisionStatus;
import nl.werkbank.core.decisions.MinorityCondition;
import nl.werkbank.core.decisions.Perspective;
import nl.werkbank.core.decisions.Support;
import nl.werkbank.core.decisions.Valence;
import nl.werkbank.core.decisions.Vote;
import nl.werkbank.core.meetings.Meeting;

/**
 * Decisions and actions for the demo's team meetings: about half the meetings take a decision; some need a
 * second round after a tie, some are postponed and resumed at the team's next meeting, most have minority
 * conditions, one of which becomes an action. Older actions are mostly done; some stay open and overdue.
 */
final class DemoDecisions {

    private final Werkbank werkbank;
    private final Random random = new Random(2019);
    private final Map<UUID, Decision> postponed = new HashMap<>();
    private int next;

    DemoDecisions(Werkbank werkbank) {
        this.werkbank = werkbank;
    }

    /** After the attendance of a team meeting is in: resume a postponed decision, maybe take a new one, add actions. */
    void afterMeeting(Meeting meeting, List<UUID> present) {
        if (present.size() < 3) {
            return;
        }
        Decision waiting = postponed.remove(meeting.teamId());
        if (waiting != null) {
            Decision resumed = werkbank.decisions().resume(waiting.id(), meeting.id());
            conclude(meeting, resumed, texts(resumed), present, 2);
        } else if (random.nextInt(100) < 55) {
            String[] texts = DemoDecisionTexts.DECISIONS.get(next++ % DemoDecisionTexts.DECISIONS.size());
            take(meeting, texts, present);
        }
        action(meeting, null, null, DemoDecisionTexts.MEETING_ACTIONS.get(random.nextInt(DemoDecisionTexts.MEETING_ACTIONS.size())),
                present);
    }

    private void take(Meeting meeting, String[] texts, List<UUID> present) {
        Decision decision = werkbank.decisions().start(meeting.id(), texts[0]);
        perspectives(meeting, decision, texts, present);
        werkbank.decisionSteps().saveAlternative(Alternative.create(decision.id(), meeting.id(), texts[4], texts[5])
                .spread(1 + random.nextInt(Math.max(1, present.size() / 3)), null));
        int roll = random.nextInt(100);
        if (roll < 15) {
            vote(meeting, decision, present.size(), true);
            postponed.put(meeting.teamId(), werkbank.decisions().save(werkbank.decisions().get(decision.id())
                    .withOutcome(null, null, DecisionStatus.POSTPONED)));
            return;
        }
        if (roll < 35) {
            vote(meeting, decision, present.size(), true);
            decision = werkbank.decisions().nextRound(decision.id());
            werkbank.decisionSteps().savePerspective(Perspective.create(decision.id(), meeting.id(), texts[3],
                    Valence.MINUS, true, null));
        }
        conclude(meeting, decision, texts, present, 1);
    }

    private void conclude(Meeting meeting, Decision decision, String[] texts, List<UUID> present, int conditions) {
        vote(meeting, decision, present.size(), false);
        if (random.nextInt(100) < 80) {
            MinorityCondition first = werkbank.decisionSteps().saveCondition(MinorityCondition.create(decision.id(), meeting.id(),
                    texts[6]).with(texts[6], ConditionAnswer.ADOPTED, null));
            action(meeting, decision.id(), first.id(), texts[6], present);
            if (conditions > 1 || random.nextBoolean()) {
                ConditionAnswer answer = random.nextBoolean() ? ConditionAnswer.ADAPTED : ConditionAnswer.NOT_ADOPTED;
                werkbank.decisionSteps().saveCondition(MinorityCondition.create(decision.id(), meeting.id(), texts[7])
                        .with(texts[7], answer, answer == ConditionAnswer.ADAPTED ? "Deels: binnen het bestaande budget" : null));
            }
        }
        Support support = random.nextInt(4) == 0 ? Support.RESERVATIONS : Support.YES;
        werkbank.decisions().save(werkbank.decisions().get(decision.id()).withOutcome(texts[8], support, DecisionStatus.DECIDED));
    }

    private void perspectives(Meeting meeting, Decision decision, String[] texts, List<UUID> present) {
        werkbank.decisionSteps().savePerspective(Perspective.create(decision.id(), meeting.id(), texts[1], Valence.PLUS, false,
                present.get(random.nextInt(present.size()))));
        werkbank.decisionSteps().savePerspective(Perspective.create(decision.id(), meeting.id(), texts[2], Valence.NEUTRAL, false,
                null));
        werkbank.decisionSteps().savePerspective(Perspective.create(decision.id(), meeting.id(), texts[3], Valence.MINUS, true,
                null));
    }

    /** A vote among those present: a tie or a narrow split when {@code divided}, otherwise a clear majority for. */
    private void vote(Meeting meeting, Decision decision, int present, boolean divided) {
        int abstain = random.nextInt(2);
        int cast = present - abstain;
        int votesFor = divided ? cast / 2 : (int) Math.ceil(cast * 0.7);
        werkbank.decisionSteps().saveVote(Vote.create(decision.id(), meeting.id(), null)
                .withCounts(votesFor, cast - votesFor, abstain));
    }

    private void action(Meeting meeting, UUID decision, UUID condition, String text, List<UUID> present) {
        LocalDate due = meeting.date().plusWeeks(3 + random.nextInt(4));
        ActionItem saved = werkbank.actions().save(ActionItem.create(meeting.id(), decision, condition, text, due,
                List.of(present.get(random.nextInt(present.size())))));
        // Actions from before 2022 were mostly finished; the rest are still open (and by now overdue).
        int roll = random.nextInt(100);
        if (meeting.date().isBefore(LocalDate.of(2022, 1, 1)) && roll < 75) {
            werkbank.actions().review(saved.id(), ActionStatus.DONE, due);
        } else if (roll < 85) {
            werkbank.actions().review(saved.id(), ActionStatus.DROPPED, due);
        }
    }

    private static String[] texts(Decision decision) {
        return DemoDecisionTexts.DECISIONS.stream().filter(t -> t[0].equals(decision.question())).findFirst()
                .orElse(DemoDecisionTexts.DECISIONS.get(0));
    }
}
