package nl.werkbank.core.exchange;

import java.time.Instant;
import java.util.UUID;

/**
 * A record changed on both sides since the last exchange. The newer version is in the database ({@code kept}
 * says whose, or that the record was deleted and an edit made elsewhere afterwards did not bring it back);
 * the other version is kept so the user can take it instead.
 */
public record Conflict(UUID id, String kind, UUID recordId, String label, Kept kept, Instant keptUpdated,
                       Instant otherUpdated, String fileName, Instant importedAt) {

    /**
     * Whose version is in the database now; FORM: the user's, saved in a form over a field that a sync or an import had
     * changed meanwhile (the version before that save is the other).
     */
    public enum Kept { FILE, LOCAL, DELETION, FORM }
}
