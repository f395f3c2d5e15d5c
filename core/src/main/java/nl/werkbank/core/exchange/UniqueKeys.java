package nl.werkbank.core.exchange;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
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

    private final Kind kind;
    private final List<Map<List<Object>, Clash>> byKey = new ArrayList<>();

    UniqueKeys(Connection c, Kind kind, boolean startEmpty) throws SQLException {
        this.kind = kind;
        for (List<Integer> key : kind.uniqueKeys()) {
            Map<List<Object>, Clash> map = new HashMap<>();
            if (!startEmpty) {
                load(c, key, map);
            }
            byKey.add(map);
        }
    }

    private void load(Connection c, List<Integer> key, Map<List<Object>, Clash> map) throws SQLException {
        List<String> names = key.stream().map(i -> kind.columns().get(i).name()).toList();
        String sql = "SELECT id, updated_at, " + String.join(", ", names) + " FROM " + kind.table();
        try (PreparedStatement select = c.prepareStatement(sql); ResultSet row = select.executeQuery()) {
            while (row.next()) {
                List<Object> values = new ArrayList<>();
                for (int i = 0; i < key.size(); i++) {
                    values.add(kind.columns().get(key.get(i)).type().read(row, i + 3));
                }
                map.put(values, new Clash(row.getObject(1, UUID.class), row.getObject(2, OffsetDateTime.class).toInstant()));
            }
        }
    }

    /** Our record (other than this one) holding one of this row's unique keys, looked up by key; or null. */
    static Clash holder(Connection c, Kind kind, Object[] row) throws SQLException {
        for (List<Integer> key : kind.uniqueKeys()) {
            StringBuilder sql = new StringBuilder("SELECT id, updated_at FROM " + kind.table() + " WHERE id <> ?");
            for (int index : key) {
                sql.append(" AND ").append(kind.columns().get(index).name()).append(" = ?");
            }
            try (PreparedStatement select = c.prepareStatement(sql.toString())) {
                select.setObject(1, row[kind.idIndex()]);
                for (int i = 0; i < key.size(); i++) {
                    kind.columns().get(key.get(i)).type().bind(select, i + 2, row[key.get(i)]);
                }
                try (ResultSet found = select.executeQuery()) {
                    if (found.next()) {
                        return new Clash(found.getObject(1, UUID.class), found.getObject(2, OffsetDateTime.class).toInstant());
                    }
                }
            }
        }
        return null;
    }

    /** Another record with one of this row's unique keys, or null. */
    Clash clash(Object[] row) {
        for (int k = 0; k < byKey.size(); k++) {
            Clash found = byKey.get(k).get(values(row, kind.uniqueKeys().get(k)));
            if (found != null && !found.id().equals(row[kind.idIndex()])) {
                return found;
            }
        }
        return null;
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
