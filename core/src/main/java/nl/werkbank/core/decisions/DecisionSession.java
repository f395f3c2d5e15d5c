package nl.werkbank.core.decisions;

import java.time.LocalDate;
import java.util.UUID;

/** A meeting a decision was worked on, and the round it started there. */
public record DecisionSession(UUID meetingId, LocalDate date, int round) {
}
