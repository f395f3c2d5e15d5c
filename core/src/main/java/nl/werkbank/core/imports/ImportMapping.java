package nl.werkbank.core.imports;

import java.time.LocalTime;
import java.util.Map;
import java.util.TreeMap;

/**
 * How to read a file: its layout, the row that holds the column headers (1-based, as the user sees it), what each
 * column is, how numeric dates are ordered, and the meeting times to use where the file has none.
 */
public record ImportMapping(Layout layout, int headerRow, Map<Integer, ColumnRole> columns, DateOrder dateOrder,
                            LocalTime start, LocalTime end) {

    public ImportMapping {
        columns = java.util.Collections.unmodifiableMap(new TreeMap<>(columns));
    }

    public int column(ColumnRole role) {
        return columns.entrySet().stream().filter(e -> e.getValue() == role).mapToInt(Map.Entry::getKey).findFirst().orElse(-1);
    }

    public ImportMapping withLayout(Layout newLayout) {
        return new ImportMapping(newLayout, headerRow, columns, dateOrder, start, end);
    }

    public ImportMapping withColumn(int column, ColumnRole role) {
        Map<Integer, ColumnRole> changed = new TreeMap<>(columns);
        if (role == ColumnRole.NAME || role == ColumnRole.ORGANIZATION || role == ColumnRole.PRESENCE
                || role == ColumnRole.SIGNATURE || role == ColumnRole.DATE || role == ColumnRole.FUNCTION) {
            changed.values().removeIf(r -> r == role);
        }
        changed.put(column, role);
        return new ImportMapping(layout, headerRow, changed, dateOrder, start, end);
    }

    public ImportMapping withHeaderRow(int row) {
        return new ImportMapping(layout, row, columns, dateOrder, start, end);
    }

    public ImportMapping withDateOrder(DateOrder order) {
        return new ImportMapping(layout, headerRow, columns, order, start, end);
    }

    public ImportMapping withTimes(LocalTime newStart, LocalTime newEnd) {
        return new ImportMapping(layout, headerRow, columns, dateOrder, newStart, newEnd);
    }
}
