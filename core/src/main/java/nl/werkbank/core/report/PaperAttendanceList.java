package nl.werkbank.core.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import nl.werkbank.core.report.XlsxWriter.Style;
import nl.werkbank.core.storage.AtomicFiles;

/**
 * The paper presentielijst for venues where people sign: meeting facts on top, then one row per person
 * (name, organisation, role, signature) and empty rows for walk-ins. A4, fits the width, header repeated
 * on every page. All words come from the caller (the UI's language).
 */
public final class PaperAttendanceList {

    /** Extra empty rows for people who were not on the list. */
    public static final int EMPTY_ROWS = 8;

    /** What goes on the sheet: a title, lines of facts, column headings, and one row of values per person. */
    public record Content(String sheetName, String title, List<String> facts, List<String> headings,
                          List<List<String>> rows) {
    }

    private PaperAttendanceList() {
    }

    public static Path write(Path target, Content content) throws IOException {
        return AtomicFiles.write(target, out -> {
            try (XlsxWriter workbook = new XlsxWriter(out)) {
                workbook.properties(content.title(), "");
                fill(workbook, content);
            }
        });
    }

    private static void fill(XlsxWriter workbook, Content content) throws IOException {
        int columns = content.headings().size();
        int[] widths = new int[columns];
        // Fits A4 portrait at 9 pt or more (about 120 digits in all); names and organisations wrap.
        int[] preferred = {32, 32, 18, 34};
        for (int column = 0; column < columns; column++) {
            widths[column] = preferred[Math.min(column, preferred.length - 1)];
        }
        XlsxWriter.Sheet sheet = workbook.sheet(safeSheetName(content.sheetName()), widths, 0, -1).portrait();
        int rowIndex = 0;
        sheet.row(rowIndex++).text(0, content.title(), Style.TITLE_LARGE);
        for (String fact : content.facts()) {
            sheet.row(rowIndex++).text(0, fact, Style.DEFAULT);
        }
        rowIndex++;
        sheet.repeatRows(rowIndex, rowIndex);
        sheet.row(rowIndex++);
        for (int column = 0; column < columns; column++) {
            sheet.text(column, content.headings().get(column), Style.BOX_BOLD);
        }
        for (List<String> values : content.rows()) {
            personRow(sheet, rowIndex++, values, columns);
        }
        for (int i = 0; i < EMPTY_ROWS; i++) {
            personRow(sheet, rowIndex++, List.of(), columns);
        }
    }

    /** A row tall enough to sign in. */
    private static void personRow(XlsxWriter.Sheet sheet, int rowIndex, List<String> values, int columns) throws IOException {
        sheet.row(rowIndex, 30);
        for (int column = 0; column < columns; column++) {
            sheet.text(column, column < values.size() && values.get(column) != null ? values.get(column) : "", Style.BOX_CELL);
        }
    }

    /**
     * Excel sheet names: at most 31 characters, none of []:*?/\ . A longer name is cut after a whole word and
     * ends in "…", so a tab never reads "Dienstverleni".
     */
    static String safeSheetName(String name) {
        String cleaned = name == null || name.isBlank() ? "Presentielijst" : name.replaceAll("[\\[\\]:*?/\\\\]", " ").strip();
        if (cleaned.length() <= 31) {
            return cleaned;
        }
        int cut = cleaned.lastIndexOf(' ', 30);
        String head = cut >= 12 ? cleaned.substring(0, cut) : cleaned.substring(0, 30);
        return head.replaceAll("[\\s(,;.-]+$", "") + "…";
    }
}
