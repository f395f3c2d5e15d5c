package nl.werkbank.core.exchange;

import java.time.Instant;
import java.util.UUID;

/** A deletion that travels: the record {@code id} of {@code entity} was deleted at {@code deletedAt}. */
record Tombstone(String entity, UUID id, Instant deletedAt) {
}
