package nl.werkbank.core.report;

import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes printable sheets for the verslag: a title, sections with a header row and wrapped text rows,
 * landscape A4 fitted to the width, the title rows repeated on every page, and a page footer.
 */
final class SheetBuilder {

    private final Sheet sheet;
    private final CellStyle title;
    private final CellStyle section;
    private final CellStyle header;
    private final CellStyle text;
    private final CellStyle date;
    private final int columns;
    private int row;

    SheetBuilder(XSSFWorkbook workbook, String name, int[] widths) {
        sheet = workbook.createSheet(PaperAttendanceList.safeSheetName(name));
        columns = widths.length;
        for (int i = 0; i < widths.length; i++) {
            sheet.setColumnWidth(i, widths[i] * 256);
        }
        Font bigFont = workbook.createFont();
        bigFont.setBold(true);
        bigFont.setFontHeightInPoints((short) 14);
        Font boldFont = workbook.createFont();
        boldFont.setBold(true);
        title = workbook.createCellStyle();
        title.setFont(bigFont);
        section = workbook.createCellStyle();
        section.setFont(boldFont);
        header = bordered(workbook);
        header.setFont(boldFont);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        header.setWrapText(true);
        text = bordered(workbook);
        text.setWrapText(true);
        text.setVerticalAlignment(VerticalAlignment.TOP);
        date = bordered(workbook);
        date.setVerticalAlignment(VerticalAlignment.TOP);
        date.setDataFormat(workbook.createDataFormat().getFormat("dd-mm-yyyy"));
        PrintSetup print = sheet.getPrintSetup();
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setLandscape(true);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
        sheet.setFitToPage(true);
        sheet.setAutobreaks(true);
    }

    /** The sheet's title and facts; repeated at the top of every printed page. */
    SheetBuilder title(String heading, String subtitle) {
        cell(sheet.createRow(row++), 0, heading, title);
        if (subtitle != null) {
            sheet.createRow(row++).createCell(0).setCellValue(subtitle);
        }
        sheet.setRepeatingRows(new CellRangeAddress(0, row - 1, 0, columns - 1));
        sheet.getFooter().setCenter("&P / &N");
        sheet.getHeader().setRight(heading);
        return this;
    }

    SheetBuilder line(String label, String value) {
        Row r = sheet.createRow(row++);
        cell(r, 0, label, section);
        cell(r, 1, value, null);
        return this;
    }

    SheetBuilder section(String heading) {
        row++;
        cell(sheet.createRow(row++), 0, heading, section);
        return this;
    }

    SheetBuilder headers(List<String> names) {
        Row r = sheet.createRow(row++);
        for (int i = 0; i < names.size(); i++) {
            cell(r, i, names.get(i), header);
        }
        return this;
    }

    /** A row of values: text, numbers (Integer) or dates. */
    SheetBuilder values(List<?> values) {
        Row r = sheet.createRow(row++);
        for (int i = 0; i < values.size(); i++) {
            Object value = values.get(i);
            Cell cell = r.createCell(i);
            if (value instanceof Number number) {
                cell.setCellValue(number.doubleValue());
                cell.setCellStyle(text);
            } else if (value instanceof LocalDate day) {
                cell.setCellValue(day);
                cell.setCellStyle(date);
            } else {
                cell.setCellValue(value == null ? "" : value.toString());
                cell.setCellStyle(text);
            }
        }
        return this;
    }

    /** A muted line when a section has nothing to show. */
    SheetBuilder empty(String message) {
        sheet.createRow(row++).createCell(0).setCellValue(message);
        return this;
    }

    private static void cell(Row r, int column, String value, CellStyle style) {
        Cell cell = r.createCell(column);
        cell.setCellValue(value == null ? "" : value);
        if (style != null) {
            cell.setCellStyle(style);
        }
    }

    private static CellStyle bordered(XSSFWorkbook workbook) {
        CellStyle style = workbook.createCellStyle();
        style.setBorderBottom(BorderStyle.THIN);
        style.setBorderTop(BorderStyle.THIN);
        style.setBorderLeft(BorderStyle.THIN);
        style.setBorderRight(BorderStyle.THIN);
        return style;
    }
}
