package nl.werkbank.core.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import nl.werkbank.core.storage.AtomicFiles;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

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
            try (XSSFWorkbook workbook = new XSSFWorkbook()) {
                fill(workbook, content);
                workbook.getProperties().getCoreProperties().setTitle(content.title());
                workbook.getProperties().getCoreProperties().setCreator("Werkbank");
                workbook.write(out);
            }
        });
    }

    private static void fill(XSSFWorkbook workbook, Content content) {
        Sheet sheet = workbook.createSheet(safeSheetName(content.sheetName()));
        Font bold = workbook.createFont();
        bold.setBold(true);
        Font big = workbook.createFont();
        big.setBold(true);
        big.setFontHeightInPoints((short) 16);
        CellStyle titleStyle = workbook.createCellStyle();
        titleStyle.setFont(big);
        CellStyle header = bordered(workbook);
        header.setFont(bold);
        CellStyle cell = bordered(workbook);
        cell.setVerticalAlignment(VerticalAlignment.CENTER);
        cell.setWrapText(true);

        int rowIndex = 0;
        sheet.createRow(rowIndex++).createCell(0).setCellValue(content.title());
        sheet.getRow(0).getCell(0).setCellStyle(titleStyle);
        for (String fact : content.facts()) {
            sheet.createRow(rowIndex++).createCell(0).setCellValue(fact);
        }
        rowIndex++;
        int headerRow = rowIndex;
        Row headings = sheet.createRow(rowIndex++);
        for (int column = 0; column < content.headings().size(); column++) {
            headings.createCell(column).setCellValue(content.headings().get(column));
            headings.getCell(column).setCellStyle(header);
        }
        for (List<String> values : content.rows()) {
            rowIndex = personRow(sheet, rowIndex, values, content.headings().size(), cell);
        }
        for (int i = 0; i < EMPTY_ROWS; i++) {
            rowIndex = personRow(sheet, rowIndex, List.of(), content.headings().size(), cell);
        }
        int[] widths = {34, 34, 20, 34};
        for (int column = 0; column < content.headings().size(); column++) {
            sheet.setColumnWidth(column, widths[Math.min(column, widths.length - 1)] * 256);
        }
        PrintSetup print = sheet.getPrintSetup();
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setLandscape(false);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
        sheet.setFitToPage(true);
        sheet.setRepeatingRows(new CellRangeAddress(headerRow, headerRow, 0, content.headings().size() - 1));
        sheet.setMargin(Sheet.LeftMargin, 0.5);
        sheet.setMargin(Sheet.RightMargin, 0.5);
    }

    private static int personRow(Sheet sheet, int rowIndex, List<String> values, int columns, CellStyle style) {
        Row row = sheet.createRow(rowIndex);
        row.setHeightInPoints(30);
        for (int column = 0; column < columns; column++) {
            row.createCell(column).setCellValue(column < values.size() && values.get(column) != null ? values.get(column) : "");
            row.getCell(column).setCellStyle(style);
        }
        return rowIndex + 1;
    }

    private static CellStyle bordered(XSSFWorkbook workbook) {
        CellStyle style = workbook.createCellStyle();
        style.setBorderBottom(BorderStyle.THIN);
        style.setBorderTop(BorderStyle.THIN);
        style.setBorderLeft(BorderStyle.THIN);
        style.setBorderRight(BorderStyle.THIN);
        return style;
    }

    /** Excel sheet names: at most 31 characters, none of []:*?/\ . */
    static String safeSheetName(String name) {
        String cleaned = name == null || name.isBlank() ? "Presentielijst" : name.replaceAll("[\\[\\]:*?/\\\\]", " ").strip();
        return cleaned.length() > 31 ? cleaned.substring(0, 31) : cleaned;
    }
}
