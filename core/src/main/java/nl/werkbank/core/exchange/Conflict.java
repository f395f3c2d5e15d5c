package nl.werkbank.core.exchange;

import java.time.Instant;
import java.util.UUID;

/**
 * A record changed on both sides since the last exchange. The newer version is in the database
 * ({@code keptFromFile} says whose); the other is kept so the user can take it instead.
 */
public record Conflict(UUID id, String kind, UUID recordId, String label, boolean keptFromFile, Instant keptUpdated,
                       Instant otherUpdated, String fileName, Instant importedAt) {
}
