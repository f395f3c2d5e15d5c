package nl.werkbank.core.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import nl.werkbank.core.Werkbank;
import nl.werkbank.core.common.Progress;
import nl.werkbank.core.teams.Team;
import nl.werkbank.core.testing.TestWerkbank;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files that cannot be imported: each gets a message that says what is wrong and where, and nothing changes. */
class BadImportFilesTest {

    @TempDir
    Path folder;
    Werkbank werkbank;
    Team team;
    Map<String, Long> before;

    @BeforeEach
    void open() {
        werkbank = TestWerkbank.open(folder.resolve("data"));
        team = werkbank.teams().create("Wijkteams", false);
        before = werkbank.info().recordCounts();
    }

    @AfterEach
    void nothingChanged() {
        assertThat(werkbank.info().recordCounts()).isEqualTo(before);
        werkbank.close();
    }

    @Test
    void anEmptyFileIsRefused() throws Exception {
        Path empty = Files.write(folder.resolve("leeg.csv"), new byte[0]);
        assertThatThrownBy(() -> werkbank.attendanceImport().read(empty)).isInstanceOf(ImportFileException.class)
                .hasMessageContaining("error.attendanceImport.empty");
        Path blank = Files.writeString(folder.resolve("wit.csv"), "\n\n  \n");
        assertThatThrownBy(() -> werkbank.attendanceImport().read(blank)).hasMessageContaining("error.attendanceImport.empty");
    }

    @Test
    void aPasswordProtectedWorkbookIsRefusedWithWhatToDo() throws Exception {
        Path file = folder.resolve("beveiligd.xlsx");
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            var encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            encryptor.confirmPassword("geheim");
            try (XSSFWorkbook book = new XSSFWorkbook(); OutputStream out = encryptor.getDataStream(fs)) {
                book.createSheet("Lijst").createRow(0).createCell(0).setCellValue("Naam");
                book.write(out);
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                fs.writeFilesystem(out);
            }
        }
        assertThatThrownBy(() -> werkbank.attendanceImport().read(file)).isInstanceOf(ImportFileException.class)
                .hasMessageContaining("error.attendanceImport.password");
    }

    @Test
    void anOdsFileAndAFileThatOnlyHasAnExcelNameAreRefused() throws Exception {
        Path ods = folder.resolve("lijst.ods");
        try (var zip = new java.util.zip.ZipOutputStream(Files.newOutputStream(ods))) {
            zip.putNextEntry(new java.util.zip.ZipEntry("mimetype"));
            zip.write("application/vnd.oasis.opendocument.spreadsheet".getBytes(StandardCharsets.US_ASCII));
        }
        assertThatThrownBy(() -> werkbank.attendanceImport().read(ods)).hasMessageContaining("error.attendanceImport.ods");
        Path fake = Files.writeString(folder.resolve("lijst.xlsx"), "Naam;Aanwezig\nA;x\n");
        assertThatThrownBy(() -> werkbank.attendanceImport().read(fake)).hasMessageContaining("error.attendanceImport.damaged");
    }

    @Test
    void aSheetWithoutANameColumnIsNamed() throws Exception {
        Path file = Files.writeString(folder.resolve("geen-namen.csv"), "Datum: 14-3-2019\nOrganisatie;Aanwezig\nDOCK;x\n");
        ImportPlan plan = plan(file);
        assertThat(plan.problems()).extracting(CellProblem::key).containsExactly("import.problem.noNameColumn");
        assertRefused(plan, "import.problem.noNameColumn");
    }

    @Test
    void datesThatDoNotParseAreReportedWithTheirCell() throws Exception {
        Path file = Files.writeString(folder.resolve("matrix.csv"),
                "Naam;Organisatie;14-3-2019;31-2-2019;volgende week\nSanne;DOCK;x;x;x\nPiet;;x?;;\n");
        ImportPlan plan = plan(file);
        assertThat(plan.mapping().layout()).isEqualTo(Layout.MATRIX);
        assertThat(plan.problems()).extracting(CellProblem::address, CellProblem::key).containsExactly(
                org.assertj.core.groups.Tuple.tuple("D1", "import.problem.date"),
                org.assertj.core.groups.Tuple.tuple("C3", "import.problem.presence"));
        assertRefused(plan, "import.problem.date");
        Path list = Files.writeString(folder.resolve("lijst.csv"), "Datum: binnenkort\nNaam;Aanwezig\nSanne;x\n");
        assertThat(plan(list).problems()).extracting(CellProblem::key).containsExactly("import.problem.noDate");
    }

    @Test
    void aHundredThousandRowsWithOneBadCellAnswerInSecondsWithItsAddress() throws Exception {
        StringBuilder csv = new StringBuilder("Presentielijst;;\nDatum: 14-3-2019;;\nNaam;Organisatie;Aanwezig\n");
        for (int i = 1; i <= 100_000; i++) {
            csv.append("Deelnemer ").append(i).append(";Organisatie ").append(i % 50).append(';')
                    .append(i == 99_990 ? "misschien" : "x").append('\n');
        }
        Path file = Files.writeString(folder.resolve("groot.csv"), csv);
        AtomicLong reported = new AtomicLong();
        Progress progress = new Progress() {
            @Override
            public void update(long done, long total) {
                reported.set(done);
            }

            @Override
            public boolean cancelled() {
                return false;
            }
        };
        long start = System.nanoTime();
        SpreadsheetFile read = werkbank.attendanceImport().read(file);
        ImportPlan plan = werkbank.attendanceImport().plan(read, werkbank.attendanceImport().propose(read, team.id()), progress);
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.printf("100,000-row list read and planned in %d ms%n", millis);
        assertThat(reported.get()).as("progress was reported").isGreaterThan(90_000);
        assertThat(plan.problems()).singleElement().satisfies(p -> {
            assertThat(p.address()).isEqualTo("C99993");
            assertThat(p.args()).containsExactly("misschien");
        });
        assertRefused(plan, "import.problem.presence");
    }

    private ImportPlan plan(Path file) {
        SpreadsheetFile read = werkbank.attendanceImport().read(file);
        return werkbank.attendanceImport().plan(read, werkbank.attendanceImport().propose(read, team.id()), Progress.NONE);
    }

    private void assertRefused(ImportPlan plan, String key) {
        assertThat(werkbank.attendanceImport().preview(plan, team.id(), ImportChoices.CONFIRMED, Progress.NONE).readable()).isFalse();
        assertThatThrownBy(() -> werkbank.attendanceImport().apply(plan, team.id(), ImportChoices.CONFIRMED, Progress.NONE))
                .isInstanceOf(ImportFileException.class).hasMessageContaining(key);
        assertThat(werkbank.attendanceImport().batches()).isEmpty();
    }
}
