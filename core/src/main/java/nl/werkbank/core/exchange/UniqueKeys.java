package nl.werkbank.core.exchange;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The records of a kind by their unique keys other than the id, so a record made on two laptops for the
 * same thing (one attendance line per person per meeting) is met as a clash instead of a database error.
 */
final class UniqueKeys {

    /** Our record holding the same key. */
    record Clash(UUID id, Instant updated) {
    }

    /** How the records already stored are found: none can clash, all read at the start, or looked up row by row. */
    enum Stored { NONE, READ_ALL, LOOK_UP }

    private final Kind kind;
    private final RecordRepository records;
    private final boolean lookUp;
    private final List<Map<List<Object>, Clash>> byKey = new ArrayList<>();

    UniqueKeys(RecordRepository records, Kind kind, Stored stored) {
        this.kind = kind;
        this.records = records;
        this.lookUp = stored == Stored.LOOK_UP && !kind.uniqueKeys().isEmpty();
        for (List<Integer> key : kind.uniqueKeys()) {
            byKey.add(stored == Stored.READ_ALL ? records.byKey(kind, key) : new HashMap<>());
        }
    }

    /** Another record with one of this row's unique keys, or null. */
    Clash clash(Object[] row) {
        for (int k = 0; k < byKey.size(); k++) {
            Clash found = byKey.get(k).get(values(row, kind.uniqueKeys().get(k)));
            if (found != null && !found.id().equals(row[kind.idIndex()])) {
                return found;
            }
        }
        // Few rows into a big table: the stored holder of a key is looked up by its index (those taken in this merge
        // are remembered above, as they may not have been sent to the database yet).
        return lookUp ? records.holder(kind, row) : null;
    }

    void remember(Object[] row) {
        Clash self = new Clash((UUID) row[kind.idIndex()], (Instant) row[kind.updatedIndex()]);
        for (int k = 0; k < byKey.size(); k++) {
            byKey.get(k).put(values(row, kind.uniqueKeys().get(k)), self);
        }
    }

    private static List<Object> values(Object[] row, List<Integer> key) {
        List<Object> values = new ArrayList<>(key.size());
        for (int index : key) {
            values.add(row[index]);
        }
        return values;
    }
}
