package nl.werkbank.core.decisions;

import java.util.List;

/** Everything about one decision across meetings: the decision log's entry and the verslag's section. */
public record DecisionHistory(Decision decision, List<DecisionSession> sessions, List<Perspective> perspectives,
                              List<Alternative> alternatives, List<Vote> votes, List<MinorityCondition> conditions,
                              List<ActionRow> actions) {

    /** The last vote taken, if any. */
    public java.util.Optional<Vote> lastVote() {
        return votes.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(votes.get(votes.size() - 1));
    }
}
