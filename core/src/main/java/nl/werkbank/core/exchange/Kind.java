package nl.werkbank.core.exchange;

import java.util.List;

/**
 * One kind of record in the exchange file: a table, its columns as the schema has them, and the column sets
 * that must be unique besides the id (such as one attendance line per person per meeting).
 */
record Kind(String name, List<Column> columns, List<List<Integer>> uniqueKeys) {

    int index(String column) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).name().equals(column)) {
                return i;
            }
        }
        return -1;
    }

    int idIndex() {
        return index("id");
    }

    int updatedIndex() {
        return index("updated_at");
    }

    String table() {
        return name.toUpperCase(java.util.Locale.ROOT);
    }

    String columnList() {
        return String.join(", ", columns.stream().map(Column::name).toList());
    }
}
