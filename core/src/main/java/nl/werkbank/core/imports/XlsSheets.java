package nl.werkbank.core.imports;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;

/**
 * Reads an old .xls with POI's HSSF, which ships with the activity report's POI anyway (no extra size). Such files
 * are small (65,536 rows at most), so the object model is fine here.
 */
final class XlsSheets {

    private XlsSheets() {
    }

    static SpreadsheetFile read(Path file) {
        String name = file.getFileName().toString();
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true); HSSFWorkbook workbook = new HSSFWorkbook(fs.getRoot(), true)) {
            DataFormatter formatter = new DataFormatter(java.util.Locale.forLanguageTag("nl-NL"));
            List<Sheet> sheets = new ArrayList<>();
            for (org.apache.poi.ss.usermodel.Sheet sheet : workbook) {
                List<SheetRow> rows = new ArrayList<>();
                for (int r = 0; r <= sheet.getLastRowNum(); r++) {
                    rows.add(row(sheet.getRow(r), r + 1, formatter));
                }
                sheets.add(new Sheet(sheet.getSheetName(), rows));
            }
            return new SpreadsheetFile(name, sheets, new SpreadsheetFile.ReadAs("xls", null, null));
        } catch (EncryptedDocumentException e) {
            throw new ImportFileException("error.attendanceImport.password", e, name);
        } catch (IOException | RuntimeException e) {
            throw new ImportFileException("error.attendanceImport.damaged", e, name);
        }
    }

    private static SheetRow row(Row row, int number, DataFormatter formatter) {
        if (row == null || row.getLastCellNum() < 0) {
            return new SheetRow(number, List.of(), List.of());
        }
        List<String> texts = new ArrayList<>();
        List<LocalDate> dates = new ArrayList<>();
        for (int c = 0; c < row.getLastCellNum(); c++) {
            Cell cell = row.getCell(c);
            boolean date = cell != null && cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell);
            texts.add(cell == null ? "" : date ? Double.toString(cell.getNumericCellValue()) : formatter.formatCellValue(cell).strip());
            dates.add(date ? cell.getLocalDateTimeCellValue().toLocalDate() : null);
        }
        return new SheetRow(number, texts, dates);
    }
}
