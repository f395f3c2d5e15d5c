package nl.werkbank.core.decisions;

import static org.assertj.core.api.Assertions.assertThat;

import nl.werkbank.core.common.Problem;
import org.junit.jupiter.api.Test;

class VoteRulesTest {

    @Test
    void aClearMajorityOfTheVotesCastDecides() {
        assertThat(VoteRules.outcome(8, 2)).isEqualTo(VoteOutcome.ADOPTED);
        assertThat(VoteRules.outcome(3, 2)).isEqualTo(VoteOutcome.ADOPTED);
        assertThat(VoteRules.outcome(1, 6)).isEqualTo(VoteOutcome.REJECTED);
        assertThat(VoteOutcome.ADOPTED.majority()).isTrue();
        assertThat(VoteOutcome.REJECTED.majority()).isTrue();
    }

    @Test
    void aTieIsNoMajority() {
        assertThat(VoteRules.outcome(5, 5)).isEqualTo(VoteOutcome.TIE);
        assertThat(VoteOutcome.TIE.majority()).isFalse();
    }

    @Test
    void abstentionsAreNotVotesCast() {
        // 4 for, 3 against, 5 abstain: 4 of 7 cast is 57 %, too narrow; abstentions do not make it a majority either way.
        assertThat(VoteRules.outcome(4, 3)).isEqualTo(VoteOutcome.DIVIDED);
        assertThat(VoteRules.outcome(2, 0)).isEqualTo(VoteOutcome.ADOPTED);
    }

    @Test
    void aStronglyDividedVoteIsNoMajority() {
        assertThat(VoteRules.outcome(5, 4)).isEqualTo(VoteOutcome.DIVIDED);
        assertThat(VoteRules.outcome(6, 4)).isEqualTo(VoteOutcome.ADOPTED);
        assertThat(VoteOutcome.DIVIDED.majority()).isFalse();
    }

    @Test
    void zeroVotesIsNoMajority() {
        assertThat(VoteRules.outcome(0, 0)).isEqualTo(VoteOutcome.NO_VOTES);
        assertThat(VoteOutcome.NO_VOTES.majority()).isFalse();
    }

    @Test
    void moreVotesThanPresentOrNegativeCountsAreRefused() {
        assertThat(VoteRules.check(6, 4, 2, 12)).isEmpty();
        assertThat(VoteRules.check(6, 4, 3, 12)).containsExactly(Problem.of("votes", "error.votes.tooMany", 13, 12));
        assertThat(VoteRules.check(1, 0, 0, 0)).containsExactly(Problem.of("votes", "error.votes.tooMany", 1, 0));
        assertThat(VoteRules.check(-1, 0, 0, 5)).containsExactly(Problem.of("votesFor", "error.votes.negative"));
    }
}
