package nl.werkbank.core.imports;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;

/**
 * Reads an .xlsx with fastexcel-reader, which streams the sheet XML instead of building POI's object model: a
 * 100,000-row list reads in about a second in a small heap. Merged title cells arrive as their top-left cell.
 */
final class XlsxSheets {

    private XlsxSheets() {
    }

    static SpreadsheetFile read(Path file) {
        String name = file.getFileName().toString();
        try (ReadableWorkbook workbook = new ReadableWorkbook(file.toFile(), new ReadingOptions(true, false))) {
            List<Sheet> sheets = new ArrayList<>();
            for (org.dhatim.fastexcel.reader.Sheet sheet : workbook.getSheets().toList()) {
                sheets.add(new Sheet(sheet.getName(), rows(sheet)));
            }
            return new SpreadsheetFile(name, sheets, new SpreadsheetFile.ReadAs("xlsx", null, null));
        } catch (IOException | RuntimeException e) {
            throw new ImportFileException("error.attendanceImport.damaged", e, name);
        }
    }

    private static List<SheetRow> rows(org.dhatim.fastexcel.reader.Sheet sheet) throws IOException {
        List<SheetRow> rows = new ArrayList<>();
        try (Stream<Row> stream = sheet.openStream()) {
            stream.forEach(row -> {
                // Rows the file leaves out (blank ones) are filled in, so numbers match what Excel shows.
                while (rows.size() + 1 < row.getRowNum()) {
                    rows.add(new SheetRow(rows.size() + 1, List.of(), List.of()));
                }
                rows.add(row(row));
            });
        }
        return rows;
    }

    private static SheetRow row(Row row) {
        int width = row.getCellCount();
        List<String> texts = new ArrayList<>(width);
        List<LocalDate> dates = new ArrayList<>(width);
        for (int column = 0; column < width; column++) {
            Cell cell = row.getCell(column);
            texts.add(cell == null ? "" : text(cell));
            dates.add(cell == null ? null : date(cell));
        }
        return new SheetRow(row.getRowNum(), texts, dates);
    }

    private static String text(Cell cell) {
        if (cell.getType() == CellType.NUMBER) {
            BigDecimal number = cell.asNumber();
            return number == null ? "" : number.stripTrailingZeros().toPlainString();
        }
        String text = cell.getText();
        return text == null ? "" : text.strip();
    }

    /** A number with a date format (d, m and y in the format code) is a date; Excel stores days since 1900. */
    private static LocalDate date(Cell cell) {
        if (cell.getType() != CellType.NUMBER || cell.getDataFormatString() == null) {
            return null;
        }
        String format = cell.getDataFormatString().toLowerCase(Locale.ROOT).replaceAll("\\[[^]]*]|\"[^\"]*\"", "");
        if (!(format.contains("d") || format.contains("y")) || !format.contains("m")) {
            return null;
        }
        try {
            return cell.asDate().toLocalDate();
        } catch (RuntimeException e) {
            return null;
        }
    }
}
