package nl.werkbank.core.imports;

import java.time.LocalTime;
import java.util.HashMap;
import java.util.Map;

/**
 * A first guess of the mapping from the first sheet: the header row is the first of the top 30 rows with a name
 * header; columns are named by their headers; two or more date headers make it a matrix.
 */
final class MappingGuess {

    private static final int ROWS_SEARCHED = 30;
    private static final java.util.regex.Pattern DATE_LIKE = java.util.regex.Pattern.compile("^\\d{1,2}[-/.]\\d{1,2}([-/.]\\d{2,4})?$");

    private MappingGuess() {
    }

    static ImportMapping guess(SpreadsheetFile file, LocalTime start, LocalTime end) {
        Sheet sheet = file.sheets().isEmpty() ? new Sheet("", java.util.List.of()) : file.sheets().get(0);
        for (SheetRow row : sheet.rows().subList(0, Math.min(ROWS_SEARCHED, sheet.rows().size()))) {
            Map<Integer, ColumnRole> columns = new HashMap<>();
            int dates = 0;
            for (int c = 0; c < row.width(); c++) {
                var role = Headers.role(row.text(c));
                if (role.isPresent() && !columns.containsValue(role.get())) {
                    columns.put(c, role.get());
                } else if (row.date(c) != null || DutchDates.parse(row.text(c), DateOrder.DAY_MONTH_YEAR).isPresent()
                        || DATE_LIKE.matcher(row.text(c)).find()) {
                    // A wrong date ("31-2-2019") still says "this is a column per meeting"; the plan reports it.
                    dates++;
                }
            }
            if (columns.containsValue(ColumnRole.NAME)) {
                Layout layout = dates >= 2 ? Layout.MATRIX : Layout.LIST;
                return new ImportMapping(layout, row.number(), columns, DateOrder.DAY_MONTH_YEAR, start, end);
            }
        }
        // No name header: the user points at the columns in the mapping step.
        return new ImportMapping(Layout.LIST, 1, Map.of(), DateOrder.DAY_MONTH_YEAR, start, end);
    }

    /** Identifies a file layout by its header texts, so the mapping chosen for one file is offered for the next. */
    static String signature(SpreadsheetFile file, ImportMapping mapping) {
        if (file.sheets().isEmpty()) {
            return "";
        }
        var rows = file.sheets().get(0).rows();
        if (mapping.headerRow() < 1 || mapping.headerRow() > rows.size()) {
            return "";
        }
        SheetRow header = rows.get(mapping.headerRow() - 1);
        StringBuilder signature = new StringBuilder(mapping.layout().name());
        String previous = "";
        for (int c = 0; c < header.width(); c++) {
            String text = Headers.clean(header.text(c));
            boolean date = header.date(c) != null || DutchDates.parse(text, DateOrder.DAY_MONTH_YEAR).isPresent();
            // A run of meeting dates is one part of the layout, however many meetings the file holds.
            String part = date ? "#datum" : text;
            if (!(date && previous.equals(part))) {
                signature.append('|').append(part);
            }
            previous = part;
        }
        return signature.toString();
    }
}
