package nl.werkbank.core.report;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import nl.werkbank.core.report.XlsxWriter.Style;

/**
 * Writes printable sheets for the verslag: a title, sections with a header row and wrapped text rows,
 * landscape A4 fitted to the width, the title rows repeated on every page, and a page footer.
 */
final class SheetBuilder {

    /** Points per line of 11 pt text. */
    private static final double LINE_HEIGHT = 15;

    private final XlsxWriter.Sheet sheet;
    private final int[] widths;
    private int row;

    SheetBuilder(XlsxWriter workbook, String name, int[] widths) throws IOException {
        sheet = workbook.sheet(PaperAttendanceList.safeSheetName(name), widths, 0, -1);
        this.widths = widths;
    }

    /** The sheet's title and facts; repeated at the top of every printed page. */
    SheetBuilder title(String heading, String subtitle) throws IOException {
        sheet.row(row++).text(0, heading, Style.TITLE);
        if (subtitle != null) {
            sheet.row(row++).text(0, subtitle, Style.DEFAULT);
        }
        sheet.repeatRows(0, row - 1).pageHeader(heading);
        return this;
    }

    SheetBuilder line(String label, String value) throws IOException {
        sheet.row(row++).text(0, label, Style.BOLD).text(1, value, Style.DEFAULT);
        return this;
    }

    SheetBuilder section(String heading) throws IOException {
        row++;
        sheet.row(row++).text(0, heading, Style.BOLD);
        return this;
    }

    SheetBuilder headers(List<String> names) throws IOException {
        sheet.row(row++);
        for (int i = 0; i < names.size(); i++) {
            sheet.text(i, names.get(i), Style.BOX_HEADER);
        }
        return this;
    }

    /** A row of values: text, numbers (Integer) or dates; as tall as its longest text needs. */
    SheetBuilder values(List<?> values) throws IOException {
        int lines = 1;
        for (int i = 0; i < values.size(); i++) {
            if (values.get(i) instanceof String text) {
                lines = Math.max(lines, XlsxText.wrappedLines(text, i < widths.length ? widths[i] : 10));
            }
        }
        // Spreadsheet programs do not grow a row for wrapped text on opening (LibreOffice clips it), so say how tall.
        if (lines > 1) {
            sheet.row(row++, LINE_HEIGHT * lines);
        } else {
            sheet.row(row++);
        }
        for (int i = 0; i < values.size(); i++) {
            Object value = values.get(i);
            if (value instanceof Number number) {
                sheet.number(i, number.doubleValue(), Style.BOX_TEXT);
            } else if (value instanceof LocalDate day) {
                sheet.date(i, day, Style.BOX_DATE);
            } else {
                sheet.text(i, value == null ? "" : value.toString(), Style.BOX_TEXT);
            }
        }
        return this;
    }

    /** A muted line when a section has nothing to show. */
    SheetBuilder empty(String message) throws IOException {
        sheet.row(row++).text(0, message, Style.DEFAULT);
        return this;
    }

}
