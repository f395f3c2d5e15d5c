package nl.werkbank.core.exchange;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One kind of record in the exchange file: a table, its columns as the schema has them, and the column sets
 * that must be unique besides the id (such as one attendance line per person per meeting).
 */
record Kind(String name, List<Column> columns, List<List<Integer>> uniqueKeys, Map<String, Integer> positions) {

    static Kind of(String name, List<Column> columns, List<List<Integer>> uniqueKeys) {
        // Looked up for every field of every record read: a map, not a scan of the column list.
        Map<String, Integer> positions = new HashMap<>();
        for (int i = 0; i < columns.size(); i++) {
            positions.put(columns.get(i).name(), i);
        }
        return new Kind(name, List.copyOf(columns), uniqueKeys, Map.copyOf(positions));
    }

    int index(String column) {
        return positions.getOrDefault(column, -1);
    }

    int idIndex() {
        return index("id");
    }

    int updatedIndex() {
        return index("updated_at");
    }

    String table() {
        return name.toUpperCase(Locale.ROOT);
    }

    String columnList() {
        return String.join(", ", columns.stream().map(Column::name).toList());
    }
}
