package nl.werkbank.core.teams;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A werkteam: a mixed learning team around one theme and central question. */
public record Team(UUID id, String name, String shortName, String theme, String period, String mission,
                   LocalDate start, LocalDate end, Instant createdAt, Instant updatedAt) {

    public static Team create(String name) {
        return new Team(UUID.randomUUID(), name, null, null, null, null, null, null, null, null);
    }

    public Team with(String newName, String newShortName, String newTheme, String newPeriod, String newMission,
                     LocalDate newStart, LocalDate newEnd) {
        return new Team(id, newName, newShortName, newTheme, newPeriod, newMission, newStart, newEnd, createdAt, updatedAt);
    }
}
