package nl.werkbank.core.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PaperAttendanceListTest {

    @TempDir
    Path folder;

    @Test
    void listHasEveryoneWithASignatureColumnAndPrintsOnA4() throws IOException {
        PaperAttendanceList.Content content = new PaperAttendanceList.Content("Armoede en schulden 18-03-2021",
                "Presentielijst", List.of("Armoede en schulden", "do 18-03-2021, 14:00–16:00", "Buurthuis De Zuid"),
                List.of("Naam", "Organisatie", "Rol", "Handtekening"),
                List.of(List.of("Sanne de Vries", "Gemeente Rotterdam", "Kerngroeplid"), List.of("Kofi Gast", "", "Gast")));
        Path file = PaperAttendanceList.write(folder.resolve("presentielijst.xlsx"), content);

        try (InputStream in = Files.newInputStream(file); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            Sheet sheet = workbook.getSheetAt(0);
            DataFormatter text = new DataFormatter();
            assertThat(text.formatCellValue(sheet.getRow(0).getCell(0))).isEqualTo("Presentielijst");
            Row header = sheet.getRow(5);
            assertThat(text.formatCellValue(header.getCell(3))).isEqualTo("Handtekening");
            assertThat(text.formatCellValue(sheet.getRow(6).getCell(0))).isEqualTo("Sanne de Vries");
            assertThat(text.formatCellValue(sheet.getRow(7).getCell(2))).isEqualTo("Gast");
            assertThat(sheet.getLastRowNum()).isEqualTo(7 + PaperAttendanceList.EMPTY_ROWS);
            assertThat(sheet.getPrintSetup().getPaperSize()).isEqualTo((short) 9);
            assertThat(sheet.getPrintSetup().getFitWidth()).isEqualTo((short) 1);
            assertThat(sheet.getRepeatingRows().formatAsString()).isEqualTo("6:6");
            // Upright A4, rows tall enough to sign in, every cell boxed (also the empty rows for walk-ins).
            assertThat(sheet.getPrintSetup().getLandscape()).isFalse();
            assertThat(sheet.getRow(6).getHeightInPoints()).isEqualTo(30f);
            assertThat(sheet.getRow(7 + PaperAttendanceList.EMPTY_ROWS).getCell(3).getCellStyle().getBorderBottom())
                    .isEqualTo(org.apache.poi.ss.usermodel.BorderStyle.THIN);
            assertThat(header.getCell(0).getCellStyle().getFontIndex()).isNotEqualTo(sheet.getRow(6).getCell(0).getCellStyle().getFontIndex());
        }
        try (var files = Files.list(folder)) {
            assertThat(files).containsExactly(file);
        }
    }

    @Test
    void failedWriteLeavesNoHalfFile() {
        Path target = folder.resolve("lijst.xlsx");
        assertThatThrownBy(() -> nl.werkbank.core.storage.AtomicFiles.write(target, out -> {
            out.write(new byte[1000]);
            throw new IOException("disk full");
        })).hasMessage("disk full");
        assertThat(target).doesNotExist();
        assertThat(folder.toFile().list()).isEmpty();
    }

    @Test
    void sheetNameIsMadeSafeForExcel() {
        assertThat(PaperAttendanceList.safeSheetName("Kenniscafé: Vertrouwen [geven] en/of ontvangen?"))
                .hasSizeLessThanOrEqualTo(31).doesNotContain(":", "[", "]", "/", "?");
        // Cut after a whole word, never mid-word.
        assertThat(PaperAttendanceList.safeSheetName("CVD (Centrum voor Dienstverlening)")).isEqualTo("CVD (Centrum voor…");
        assertThat(PaperAttendanceList.safeSheetName("Hogeschool Rotterdam")).isEqualTo("Hogeschool Rotterdam");
    }
}
