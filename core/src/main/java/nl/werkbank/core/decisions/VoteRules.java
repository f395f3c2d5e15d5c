package nl.werkbank.core.decisions;

import java.util.ArrayList;
import java.util.List;
import nl.werkbank.core.common.Problem;

/**
 * The rules of the vote (Stemming). A majority is more than half of the votes cast (for + against; an
 * abstention is not a vote cast). A tie, no votes, or a winning side below {@link #CLEAR_SHARE_PERCENT}
 * of the votes cast is no majority: the team goes back to the perspectives (next round) or postpones.
 */
public final class VoteRules {

    /** Below this share of the votes cast the winning side is "strongly divided" (e.g. 5 against 4). */
    public static final int CLEAR_SHARE_PERCENT = 60;

    private VoteRules() {
    }

    public static VoteOutcome outcome(int votesFor, int votesAgainst) {
        int cast = votesFor + votesAgainst;
        if (cast == 0) {
            return VoteOutcome.NO_VOTES;
        }
        if (votesFor == votesAgainst) {
            return VoteOutcome.TIE;
        }
        int winner = Math.max(votesFor, votesAgainst);
        if (winner * 100 < cast * CLEAR_SHARE_PERCENT) {
            return VoteOutcome.DIVIDED;
        }
        return votesFor > votesAgainst ? VoteOutcome.ADOPTED : VoteOutcome.REJECTED;
    }

    /** What is wrong with these counts when {@code entitled} people may vote (the number present). */
    public static List<Problem> check(int votesFor, int votesAgainst, int abstentions, int entitled) {
        List<Problem> problems = new ArrayList<>();
        if (votesFor < 0) {
            problems.add(Problem.of("votesFor", "error.votes.negative"));
        }
        if (votesAgainst < 0) {
            problems.add(Problem.of("votesAgainst", "error.votes.negative"));
        }
        if (abstentions < 0) {
            problems.add(Problem.of("abstentions", "error.votes.negative"));
        }
        if (problems.isEmpty() && votesFor + votesAgainst + abstentions > entitled) {
            problems.add(Problem.of("votes", "error.votes.tooMany", votesFor + votesAgainst + abstentions, entitled));
        }
        return problems;
    }
}
