package nl.werkbank.app.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import nl.werkbank.app.i18n.Language;
import nl.werkbank.app.i18n.Localization;
import nl.werkbank.core.Werkbank;
import nl.werkbank.core.activity.ActivityDocument;
import nl.werkbank.core.activity.ActivityReport;
import nl.werkbank.core.activity.ActivityWorkbook;
import nl.werkbank.core.demo.DemoWerkplaats;
import nl.werkbank.core.hours.HoursOverview;
import nl.werkbank.core.hours.OrganizationHours;
import nl.werkbank.core.hours.Period;
import nl.werkbank.core.meetings.MeetingRow;
import nl.werkbank.core.report.MeetingMinutes;
import nl.werkbank.core.report.MinutesWorkbook;
import nl.werkbank.core.report.PaperAttendanceList;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every kind of workbook Werkbank writes, printed the way a partner would print it: LibreOffice converts it to
 * PDF (A4, the page setup in the file), and the PDF is read back. On paper no text is smaller than 9 pt, every
 * word of every text cell is there whole (not cut off by the next cell, not broken mid-word), and no cell shows
 * an error value; POI recalculates every formula and finds no error either. Needs LibreOffice ({@code .ci/run}
 * installs it); without it the test is skipped on a developer machine and fails on CI.
 */
class WorkbooksInLibreOfficeTest {

    private static final double MIN_PRINTED_POINTS = 9.0;
    private static final List<String> ERROR_VALUES = List.of("Err:", "#VALUE!", "#REF!", "#NAME?", "#DIV/0!", "#N/A", "#NUM!");

    @TempDir
    Path folder;

    @Test
    void everyWorkbookPrintsAtNinePointOrMoreWithNothingCutAndNoErrorValue() throws Exception {
        Path soffice = soffice();
        Path books = Files.createDirectories(folder.resolve("xlsx"));
        writeWorkbooks(books);

        Path pdfs = Files.createDirectories(folder.resolve("pdf"));
        List<String> command = new ArrayList<>(List.of(soffice.toString(), "-env:UserInstallation=" + folder.resolve("profile").toUri(),
                "--headless", "--convert-to", "pdf", "--outdir", pdfs.toString()));
        List<Path> xlsx = list(books, ".xlsx");
        xlsx.forEach(file -> command.add(file.toString()));
        Process convert = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(folder.resolve("soffice.log").toFile()).start();
        assertThat(convert.waitFor(5, TimeUnit.MINUTES)).as("LibreOffice finished").isTrue();

        Map<String, String> problems = new LinkedHashMap<>();
        for (Path book : xlsx) {
            String name = book.getFileName().toString().replace(".xlsx", "");
            Path pdf = pdfs.resolve(name + ".pdf");
            assertThat(pdf).as("PDF of " + name + " (see soffice.log)").exists();
            Printed printed = read(pdf);
            if (printed.smallest() < MIN_PRINTED_POINTS - 0.05) {
                problems.put(name + " font", String.format("smallest text %.1f pt: '%s'", printed.smallest(), printed.smallestText()));
            }
            ERROR_VALUES.stream().filter(printed.text()::contains).forEach(error -> problems.put(name + " " + error, "error value on paper"));
            Set<String> words = words(book);
            Set<String> missing = new LinkedHashSet<>(words);
            missing.removeAll(tokens(printed.text()));
            if (!missing.isEmpty()) {
                problems.put(name + " words", "cut or broken on paper: " + missing.stream().limit(12).toList());
            }
            // A word broken over two lines prints as two pieces that are no word of the workbook.
            Set<String> pieces = new LinkedHashSet<>(tokens(printed.text()));
            pieces.removeIf(token -> words.contains(token) || !token.chars().allMatch(Character::isLetter)
                    || twoWords(token, words));
            if (!pieces.isEmpty()) {
                problems.put(name + " pieces", "words broken on paper: " + pieces.stream().limit(12).toList());
            }
            problems.putAll(errorCells(book, name));
        }
        assertThat(problems).as("what goes wrong on paper").isEmpty();
        assertThat(xlsx).hasSizeGreaterThan(10);
    }

    /**
     * The activity report's Word draft, printed: at least 9 pt, no word broken or cut off, the key figures there, a
     * landscape A4 page.
     */
    @Test
    void theActivityDocumentPrintsWholeAndHoldsItsFigures() throws Exception {
        Path soffice = soffice();
        Path docx = folder.resolve("activiteiten-2021.docx");
        ActivityReport report;
        try (Werkbank werkbank = Werkbank.open(folder.resolve("data"))) {
            DemoWerkplaats.load(werkbank, false);
            report = werkbank.activity().report(Period.year(2021));
            new ActivityDocument(report, new ReportTexts(new Localization(Language.DUTCH)).labels(), Language.DUTCH.locale())
                    .write(docx);
        }
        Path pdfs = Files.createDirectories(folder.resolve("pdf"));
        Process convert = new ProcessBuilder(soffice.toString(), "-env:UserInstallation=" + folder.resolve("profile").toUri(),
                "--headless", "--convert-to", "pdf", "--outdir", pdfs.toString(), docx.toString())
                .redirectErrorStream(true).redirectOutput(folder.resolve("soffice.log").toFile()).start();
        assertThat(convert.waitFor(5, TimeUnit.MINUTES)).as("LibreOffice finished").isTrue();
        Path pdf = pdfs.resolve("activiteiten-2021.pdf");
        assertThat(pdf).as("PDF of the activity report (see soffice.log; .ci/run installs libreoffice-writer-nogui)").exists();

        Printed printed = read(pdf);
        assertThat(printed.smallest()).as("smallest text: '" + printed.smallestText() + "'").isGreaterThanOrEqualTo(MIN_PRINTED_POINTS - 0.05);
        Set<String> words = new LinkedHashSet<>();
        try (XWPFDocument document = new XWPFDocument(Files.newInputStream(docx))) {
            document.getParagraphs().forEach(p -> words.addAll(tokens(p.getText())));
            document.getTables().forEach(t -> t.getRows().forEach(r -> r.getTableCells().forEach(c -> words.addAll(tokens(c.getText())))));
        }
        Set<String> pieces = new LinkedHashSet<>(tokens(printed.text()));
        pieces.removeIf(token -> words.contains(token) || !token.chars().allMatch(Character::isLetter) || twoWords(token, words));
        assertThat(pieces).as("words broken on paper").isEmpty();
        Set<String> missing = new LinkedHashSet<>(words);
        missing.removeAll(tokens(printed.text()));
        assertThat(missing).as("words cut off on paper").isEmpty();
        String text = printed.text().replaceAll("\\s+", " ");
        assertThat(text).contains(report.cafes().cafes().size() + " kenniscafés met samen " + report.cafes().visitors() + " bezoekers");
        for (var team : report.teams()) {
            assertThat(text).contains(team.team());
        }
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            assertThat(document.getPage(0).getMediaBox().getWidth()).as("landscape").isGreaterThan(document.getPage(0).getMediaBox().getHeight());
        }
    }

    /** The hours workbook of a full and of an empty half-year, every partner's file of both, a verslag, a paper list. */
    private void writeWorkbooks(Path books) throws IOException {
        ReportTexts texts = new ReportTexts(new Localization(Language.DUTCH));
        try (Werkbank werkbank = Werkbank.open(folder.resolve("data"))) {
            DemoWerkplaats.load(werkbank, false);
            for (Period period : List.of(Period.halfYear(2022, 1), Period.halfYear(2019, 2))) {
                HoursOverview overview = werkbank.hours().overview(period);
                texts.workbook(overview).write(books.resolve("uren-" + period.label() + ".xlsx"));
                for (OrganizationHours partner : overview.partners()) {
                    texts.workbook(overview).writeOrganization(books.resolve(period.label() + "-" + partner.name()
                            .replaceAll("[^A-Za-z0-9]+", "-") + ".xlsx"), partner);
                }
            }
            // The demo meeting with the most decisions: the longest verslag.
            MeetingRow busiest = werkbank.meetings().list(null, java.time.LocalDate.of(2000, 1, 1), java.time.LocalDate.of(2100, 1, 1))
                    .stream().max(Comparator.comparingInt(row -> werkbank.decisions().ofMeeting(row.meeting().id()).size()))
                    .orElseThrow();
            MinutesWorkbook.write(books.resolve("verslag.xlsx"), MeetingMinutes.collect(werkbank, busiest.meeting().id()), texts.labels());
            new ActivityWorkbook(werkbank.activity().report(Period.year(2021)), texts.labels())
                    .write(books.resolve("activiteiten-2021-bijlage.xlsx"));
        }
        PaperAttendanceList.write(books.resolve("presentielijst.xlsx"), new PaperAttendanceList.Content(
                "Armoede en schulden 10-12-2026", "Presentielijst", List.of("Armoede en schulden", "do 10-12-2026, 14:00–16:00",
                        "Wijkcentrum De Larenkamp"), List.of("Naam", "Organisatie", "Rol", "Handtekening"),
                List.of(List.of("Anouk Prins", "CVD (Centrum voor Dienstverlening)", "Procesbegeleider"),
                        List.of("Bram Visser", "Hogeschool Inholland", "Lid"), List.of("Chantal Dekker", "", "Gast"))));
    }

    /** Every word of three letters or more in a text cell of the workbook. */
    private static Set<String> words(Path book) throws IOException {
        Set<String> words = new LinkedHashSet<>();
        try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(book))) {
            for (Sheet sheet : workbook) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        if (cell.getCellType() == CellType.STRING) {
                            words.addAll(tokens(cell.getStringCellValue()));
                        }
                    }
                }
            }
        }
        return words;
    }

    /** Two cells side by side can come out of the PDF as one token ("RotterdamAfwezig"): not a broken word. */
    private static boolean twoWords(String token, Set<String> words) {
        for (int i = 3; i <= token.length() - 3; i++) {
            if (words.contains(token.substring(0, i)) && words.contains(token.substring(i))) {
                return true;
            }
        }
        return false;
    }

    private static Set<String> tokens(String text) {
        Set<String> tokens = new LinkedHashSet<>();
        for (String token : text.split("[^\\p{L}\\p{N}]+")) {
            if (token.length() >= 3) {
                tokens.add(token);
            }
        }
        return tokens;
    }

    /** Formulas POI cannot evaluate to a value, by sheet and cell. */
    private static Map<String, String> errorCells(Path book, String name) throws IOException {
        Map<String, String> errors = new LinkedHashMap<>();
        try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(book))) {
            var evaluator = workbook.getCreationHelper().createFormulaEvaluator();
            for (Sheet sheet : workbook) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        if (cell.getCellType() == CellType.FORMULA && evaluator.evaluate(cell).getCellType() == CellType.ERROR) {
                            errors.put(name + " " + sheet.getSheetName() + "!" + cell.getAddress(), cell.getCellFormula());
                        }
                    }
                }
            }
        }
        return errors;
    }

    private record Printed(String text, double smallest, String smallestText) {
    }

    private static Printed read(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            double[] smallest = {Double.MAX_VALUE};
            String[] where = {""};
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) throws IOException {
                    for (TextPosition position : positions) {
                        if (!position.getUnicode().isBlank() && position.getTextMatrix().getScalingFactorY() < smallest[0]) {
                            smallest[0] = position.getTextMatrix().getScalingFactorY();
                            where[0] = text;
                        }
                    }
                    super.writeString(text, positions);
                }
            };
            return new Printed(stripper.getText(document), smallest[0], where[0]);
        }
    }

    private static List<Path> list(Path dir, String suffix) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.toString().endsWith(suffix)).sorted().toList();
        }
    }

    /** LibreOffice's command; on CI its absence is a failure (the check must run), elsewhere the test is skipped. */
    private static Path soffice() {
        for (String candidate : List.of("/usr/bin/soffice", "/usr/bin/libreoffice", "/usr/local/bin/soffice",
                "/Applications/LibreOffice.app/Contents/MacOS/soffice")) {
            if (Files.isExecutable(Path.of(candidate))) {
                return Path.of(candidate);
            }
        }
        if (System.getenv("CI") != null) {
            throw new AssertionError("LibreOffice (soffice) is not installed; .ci/run installs libreoffice-calc-nogui and -writer-nogui");
        }
        Assumptions.abort("LibreOffice is not installed here");
        return null;
    }
}
