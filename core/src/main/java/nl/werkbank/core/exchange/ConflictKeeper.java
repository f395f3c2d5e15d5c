package nl.werkbank.core.exchange;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Keeps the losing version of a record during an import as a conflict, for the user to look at (once each). */
final class ConflictKeeper {

    private final ConflictRepository store;
    private final ExchangeRepository names;
    private final String fileName;
    private final Instant now;
    private final List<Conflict> kept = new ArrayList<>();

    ConflictKeeper(ConflictRepository store, ExchangeRepository names, String fileName, Instant now) {
        this.store = store;
        this.names = names;
        this.fileName = fileName;
        this.now = now;
    }

    List<Conflict> kept() {
        return kept;
    }

    /**
     * A deletion is final: an edit made elsewhere after the record was deleted does not bring it back (its
     * children may be gone already, and bringing it back would depend on import order). The edit is kept as a
     * conflict, once.
     */
    void editedAfterDeletion(Kind kind, Object[] edited, Instant deleted, Instant version) {
        if (!store.known(kind.name(), edited[kind.idIndex()], version)) {
            keep(kind, edited, "DELETION", deleted, version);
        }
    }

    void keep(Kind kind, Object[] other, boolean keptFromFile, Instant keptUpdated, Instant otherUpdated) {
        keep(kind, other, keptFromFile ? "FILE" : "LOCAL", keptUpdated, otherUpdated);
    }

    /** A form saved over a field another writer had changed: the stored version before that save is kept. */
    void overwrittenByForm(Kind kind, Object[] stored) {
        keep(kind, stored, "FORM", now, (Instant) stored[kind.updatedIndex()]);
    }

    private void keep(Kind kind, Object[] other, String keptFrom, Instant keptUpdated, Instant otherUpdated) {
        UUID recordId = (UUID) other[kind.idIndex()];
        String label = RowJson.label(names, kind, other);
        if (label.length() > 300) {
            label = label.substring(0, 299) + "…";
        }
        Conflict conflict = new Conflict(UUID.randomUUID(), kind.name(), recordId, label, Conflict.Kept.valueOf(keptFrom),
                keptUpdated, otherUpdated, fileName, now);
        store.insert(conflict, RowJson.write(kind, other));
        kept.add(conflict);
    }
}
