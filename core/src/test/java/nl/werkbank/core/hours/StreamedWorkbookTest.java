package nl.werkbank.core.hours;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nl.werkbank.core.Werkbank;
import nl.werkbank.core.demo.DemoWerkplaats;
import nl.werkbank.core.report.HoursWorkbook;
import nl.werkbank.core.testing.TestWerkbank;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The workbook of a long period is written from the database line by line; it must be the same workbook, cell for
 * cell, as the one written from an overview that holds its lines.
 */
class StreamedWorkbookTest {

    @TempDir
    Path folder;

    @Test
    void theStreamedWorkbookEqualsTheHeldOneCellForCell() throws Exception {
        try (Werkbank werkbank = TestWerkbank.open(folder.resolve("data"))) {
            DemoWerkplaats.load(werkbank, false);
            Period all = Period.range(java.time.LocalDate.of(2015, 1, 1), java.time.LocalDate.of(2030, 12, 31));
            HoursOverview held = werkbank.hours().overview(all);
            assertThat(held.lines()).hasSizeGreaterThan(500);
            assertThat(held.lines().stream().filter(HoursLine::isVisitors)).isNotEmpty();
            Path heldFile = new HoursWorkbook(held, GoldenHoursTest.LABELS, GoldenHoursTest.DESCRIBE).write(folder.resolve("held.xlsx"));
            List<Path> heldPartners = new ArrayList<>();
            HoursWorkbook heldBook = new HoursWorkbook(held, GoldenHoursTest.LABELS, GoldenHoursTest.DESCRIBE);
            for (OrganizationHours partner : held.partners()) {
                heldPartners.add(heldBook.writeOrganization(folder.resolve("held-" + partner.name() + ".xlsx"), partner));
            }

            List<Path> streamedPartners = new ArrayList<>();
            Path streamedFile = werkbank.hours().streamed(all, streamed -> {
                HoursOverview overview = streamed.overview();
                assertThat(overview.holdsLines()).isFalse();
                assertThat(overview.lineCount()).isEqualTo(held.lines().size());
                assertThat(overview.linesTotal()).isEqualByComparingTo(held.linesTotal());
                assertThat(overview.partners()).isEqualTo(held.partners());
                assertThat(overview.overig()).isEqualTo(held.overig());
                assertThat(overview.overigBreakdown()).isEqualTo(held.overigBreakdown());
                assertThat(overview.reconciles()).isTrue();
                HoursWorkbook book = new HoursWorkbook(overview, streamed.lines(), GoldenHoursTest.LABELS, GoldenHoursTest.DESCRIBE);
                for (OrganizationHours partner : overview.partners()) {
                    streamedPartners.add(book.writeOrganization(folder.resolve("streamed-" + partner.name() + ".xlsx"), partner));
                }
                return book.write(folder.resolve("streamed.xlsx"));
            });

            assertThat(cells(streamedFile)).isEqualTo(cells(heldFile));
            for (int i = 0; i < heldPartners.size(); i++) {
                assertThat(cells(streamedPartners.get(i))).as(heldPartners.get(i).toString()).isEqualTo(cells(heldPartners.get(i)));
            }
        }
    }

    /** Every sheet's cells as shown, formulas as written. */
    private static List<String> cells(Path file) throws Exception {
        List<String> cells = new ArrayList<>();
        DataFormatter formatter = new DataFormatter();
        try (var in = Files.newInputStream(file); var book = new XSSFWorkbook(in)) {
            for (var sheet : book) {
                cells.add("sheet " + sheet.getSheetName());
                for (var row : sheet) {
                    for (var cell : row) {
                        cells.add(cell.getAddress() + "=" + formatter.formatCellValue(cell)
                                + (cell.getCellType() == org.apache.poi.ss.usermodel.CellType.FORMULA ? " " + cell.getNumericCellValue() : ""));
                    }
                }
            }
        }
        return cells;
    }
}
