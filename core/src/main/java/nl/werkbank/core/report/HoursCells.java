package nl.werkbank.core.report;

import static nl.werkbank.core.report.XlsxWriter.Style.BOLD;
import static nl.werkbank.core.report.XlsxWriter.Style.DEFAULT;
import static nl.werkbank.core.report.XlsxWriter.Style.HOURS;
import static nl.werkbank.core.report.XlsxWriter.Style.WRAP;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import nl.werkbank.core.hours.HoursLine;
import nl.werkbank.core.hours.OrganizationHours;

/** Cells the hours workbook writes on several sheets: wrapped text rows, column totals, subtotals as SUMIFS. */
final class HoursCells {

    /** Points per line of 11 pt text. */
    static final double LINE_HEIGHT = 15;

    private HoursCells() {
    }

    /**
     * Starts a row as tall as the longest of {@code texts} (in the columns from {@code firstColumn} on) needs when
     * wrapped in its column, so nothing is cut off on paper.
     */
    static XlsxWriter.Sheet textRow(XlsxWriter.Sheet sheet, int rowIndex, String[] texts, int firstColumn, int[] widths)
            throws IOException {
        int lines = 1;
        for (int i = 0; i < texts.length; i++) {
            lines = Math.max(lines, XlsxText.wrappedLines(texts[i], widths[firstColumn + i]));
        }
        return lines > 1 ? sheet.row(rowIndex, LINE_HEIGHT * lines) : sheet.row(rowIndex);
    }

    /** Writes {@code texts} wrapped, in the columns from {@code firstColumn} on (cells go left to right). */
    static XlsxWriter.Sheet texts(XlsxWriter.Sheet sheet, String[] texts, int firstColumn) throws IOException {
        for (int i = 0; i < texts.length; i++) {
            sheet.text(firstColumn + i, texts[i], WRAP);
        }
        return sheet;
    }

    /**
     * A column total over data rows {@code first..last} (Excel numbers). With no rows it is the plain value: a SUM over
     * an empty range would be inverted or point at the total's own cell (LibreOffice shows Err:522).
     */
    static void total(XlsxWriter.Sheet sheet, int column, int first, int last, BigDecimal value, XlsxWriter.Style style)
            throws IOException {
        if (last < first) {
            sheet.number(column, value, style);
        } else {
            String letter = XlsxText.column(column);
            sheet.formula(column, "SUM(" + letter + first + ":" + letter + last + ")", value, style);
        }
    }

    /** Subtotals by person or werkteam as SUMIFS over the lines above (so they follow any correction there). */
    static int subtotals(XlsxWriter.Sheet sheet, int rowIndex, String title, List<HoursLine> lines,
                          Function<HoursLine, String> key, int keyColumn, int first, int last) throws IOException {
        sheet.row(rowIndex++).text(0, title, BOLD);
        Map<String, BigDecimal> groups = new LinkedHashMap<>();
        for (HoursLine line : lines) {
            groups.merge(Objects.toString(key.apply(line), ""), line.totalHours(), BigDecimal::add);
        }
        String keyLetter = XlsxText.column(keyColumn);
        for (var group : groups.entrySet()) {
            sheet.row(rowIndex++).text(0, group.getKey(), DEFAULT).formula(8, "SUMIFS($I$" + first + ":$I$" + last + ",$" + keyLetter
                    + "$" + first + ":$" + keyLetter + "$" + last + ",\"" + group.getKey().replace("\"", "\"\"") + "\")",
                    group.getValue(), HOURS);
        }
        return rowIndex;
    }

    /** A row's meeting (0), preparation (1) or travel (2) hours. */
    static BigDecimal component(OrganizationHours row, int component) {
        return switch (component) {
            case 0 -> row.meetingHours();
            case 1 -> row.preparationHours();
            default -> row.travelHours();
        };
    }

    static BigDecimal sum(List<OrganizationHours> rows, int component) {
        return rows.stream().map(row -> component(row, component)).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
