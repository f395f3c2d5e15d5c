package nl.werkbank.core.decisions;

import java.time.LocalDate;

/** A line of the decision log: the decision, when it was raised and last worked on, and its last vote. */
public record DecisionSummary(Decision decision, String teamName, LocalDate raisedOn, LocalDate lastWorkedOn,
                              VoteOutcome lastOutcome) {
}
