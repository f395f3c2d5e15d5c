package nl.werkbank.core.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import nl.werkbank.core.Werkbank;
import nl.werkbank.core.common.Progress;
import nl.werkbank.core.teams.Team;
import nl.werkbank.core.testing.TestWerkbank;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files made the way users make them: a CSV typed on a Dutch laptop, opened in LibreOffice (Dutch dates become date
 * cells) and saved as .xlsx and as .xls. Each reads into the same meetings and lines as the CSV itself.
 */
class LibreOfficeConvertedImportTest {

    static final String MATRIX = """
            Presentielijst werkteam Wijkteams schooljaar 2018-2019;;;;;
            Tijd: 14.00 - 16.00;;;;;
            ;;;;;
            Naam;Organisatie;13-9-2018;11-10-2018;8-11-2018;Totaal
            Anouk Jansen;Gemeente Vlaardingen;x;x;b;2
            Bram de Wit;Hogeschool Inholland;x;o;x;3
            ;;;;;
            Chris Pérez;;a;x;x;2
            Totaal;;2;3;2;7
            """;

    @TempDir
    Path folder;

    @Test
    void csvXlsxAndXlsReadIntoTheSameMeetings() throws Exception {
        Path soffice = soffice();
        Path csv = Files.writeString(folder.resolve("wijkteams.csv"), MATRIX, StandardCharsets.UTF_8);
        Path xlsx = convert(soffice, csv, "xlsx:Calc MS Excel 2007 XML");
        Path xls = convert(soffice, csv, "xls:MS Excel 97");
        try (Werkbank werkbank = TestWerkbank.open(folder.resolve("data"))) {
            Team team = werkbank.teams().create("Wijkteams", false);
            List<PlannedMeeting> fromCsv = plan(werkbank, team, csv);
            assertThat(fromCsv).extracting(m -> m.date().toString()).containsExactly("2018-09-13", "2018-10-11", "2018-11-08");
            assertThat(fromCsv.get(0).lines()).extracting(PlannedLine::name).containsExactly("Anouk Jansen", "Bram de Wit", "Chris Pérez");
            assertThat(fromCsv.get(0).start()).hasToString("14:00");
            assertThat(withoutAddresses(plan(werkbank, team, xlsx))).isEqualTo(withoutAddresses(fromCsv));
            assertThat(withoutAddresses(plan(werkbank, team, xls))).isEqualTo(withoutAddresses(fromCsv));
            SpreadsheetFile read = werkbank.attendanceImport().read(xlsx);
            assertThat(read.sheets().get(0).rows().get(3).date(2)).as("LibreOffice made a real date cell of 13-9-2018")
                    .hasToString("2018-09-13");
        }
    }

    private static List<PlannedMeeting> plan(Werkbank werkbank, Team team, Path file) {
        SpreadsheetFile read = werkbank.attendanceImport().read(file);
        ImportPlan plan = werkbank.attendanceImport().plan(read, werkbank.attendanceImport().propose(read, team.id()), Progress.NONE);
        assertThat(plan.problems()).as(file.getFileName().toString()).isEmpty();
        return plan.meetings();
    }

    /** Sheet names differ by format (the CSV's is its file name); what counts is the meetings and lines. */
    private static List<String> withoutAddresses(List<PlannedMeeting> meetings) {
        return meetings.stream().flatMap(m -> m.lines().stream().map(l -> m.date() + " " + m.start() + "-" + m.end() + " "
                + l.name() + " | " + l.organization() + " | " + l.status() + " | " + l.address())).toList();
    }

    /** Opens the CSV as a Dutch user would (semicolons, UTF-8, Dutch locale 1043) and saves it in {@code filter}'s format. */
    private Path convert(Path soffice, Path csv, String filter) throws Exception {
        Path out = Files.createDirectories(folder.resolve(filter.substring(0, filter.indexOf(':'))));
        Process process = new ProcessBuilder(soffice.toString(), "-env:UserInstallation=" + folder.resolve("profile").toUri(),
                "--headless", "--infilter=CSV:59,34,76,1,,1043", "--convert-to", filter, "--outdir", out.toString(), csv.toString())
                .redirectErrorStream(true).redirectOutput(folder.resolve("soffice.log").toFile()).start();
        assertThat(process.waitFor(3, TimeUnit.MINUTES)).as("LibreOffice finished").isTrue();
        Path converted = out.resolve("wijkteams." + filter.substring(0, filter.indexOf(':')));
        assertThat(converted).as("converted (see soffice.log)").exists();
        return converted;
    }

    static Path soffice() {
        for (String candidate : List.of("/usr/bin/soffice", "/usr/bin/libreoffice", "/usr/local/bin/soffice",
                "/Applications/LibreOffice.app/Contents/MacOS/soffice")) {
            if (Files.isExecutable(Path.of(candidate))) {
                return Path.of(candidate);
            }
        }
        if (System.getenv("CI") != null) {
            throw new AssertionError("LibreOffice (soffice) is not installed; .ci/run installs libreoffice-calc-nogui");
        }
        Assumptions.abort("LibreOffice is not installed here: the conversion test is skipped");
        return null;
    }
}
