package nl.werkbank.core.decisions;

import java.util.Map;
import java.util.UUID;

/** A decision opened on screen: its history and the ballots (person to choice) of the vote shown. */
public record OpenDecision(DecisionHistory history, Map<UUID, VoteChoice> ballots) {
}
