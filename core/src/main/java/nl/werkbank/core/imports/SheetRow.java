package nl.werkbank.core.imports;

import java.time.LocalDate;
import java.util.List;

/**
 * One row of a sheet as read: the text of each cell (never null; "" for empty) and, where the spreadsheet stored a
 * real date, that date. {@code number} is the row number the user sees (1 for the first row).
 */
public record SheetRow(int number, List<String> texts, List<LocalDate> dates) {

    public String text(int column) {
        return column >= 0 && column < texts.size() ? texts.get(column) : "";
    }

    /** The date the spreadsheet stored in the cell, or null when it holds text or a number. */
    public LocalDate date(int column) {
        return column >= 0 && column < dates.size() ? dates.get(column) : null;
    }

    public int width() {
        return texts.size();
    }

    public boolean blank() {
        return texts.stream().allMatch(String::isBlank);
    }

    /** The cell's address as the spreadsheet shows it: column letters and row number, e.g. D7. */
    public String address(int column) {
        return columnLetters(column) + number;
    }

    /** The spreadsheet's name of a column: 0 is A, 25 is Z, 26 is AA. */
    public static String columnLetters(int column) {
        StringBuilder letters = new StringBuilder();
        for (int n = column + 1; n > 0; n = (n - 1) / 26) {
            letters.insert(0, (char) ('A' + (n - 1) % 26));
        }
        return letters.toString();
    }
}
