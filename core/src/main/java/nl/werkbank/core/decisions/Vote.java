package nl.werkbank.core.decisions;

import java.time.Instant;
import java.util.UUID;

/**
 * Step 5: a vote on one option. {@code entitled} is the number present when it was taken; with
 * {@code perPerson} the counts follow from the ballots.
 */
public record Vote(UUID id, UUID decisionId, UUID meetingId, int round, String option, int votesFor, int votesAgainst,
                   int abstentions, int entitled, boolean perPerson, Instant createdAt, Instant updatedAt) {

    public static Vote create(UUID decisionId, UUID meetingId, String option) {
        return new Vote(UUID.randomUUID(), decisionId, meetingId, 0, option, 0, 0, 0, 0, false, null, null);
    }

    public Vote withCounts(int newFor, int newAgainst, int newAbstentions) {
        return new Vote(id, decisionId, meetingId, round, option, newFor, newAgainst, newAbstentions, entitled, perPerson,
                createdAt, updatedAt);
    }

    public Vote withOption(String value) {
        return new Vote(id, decisionId, meetingId, round, value, votesFor, votesAgainst, abstentions, entitled, perPerson,
                createdAt, updatedAt);
    }

    public VoteOutcome outcome() {
        return VoteRules.outcome(votesFor, votesAgainst);
    }

    public int cast() {
        return votesFor + votesAgainst;
    }
}
