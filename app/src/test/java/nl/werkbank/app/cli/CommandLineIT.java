package nl.werkbank.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import nl.werkbank.core.storage.Database;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Drives app/target/werkbank.jar exactly as the README documents it, in a separate process without a display. */
class CommandLineIT {

    private static final String PASSPHRASE = "vier woorden op een rij";
    private static final Path JAR = Path.of(System.getProperty("werkbank.jar", "target/werkbank.jar"));

    @TempDir
    Path folder;

    record Result(int exitCode, String out, String err) {
    }

    @Test
    void demoThenInfoJson() throws Exception {
        Path data = folder.resolve("data");
        Result demo = run(Map.of(), "--data-dir", data.toString(), "demo");
        assertThat(demo.exitCode()).as(demo.err()).isZero();
        assertThat(demo.out()).contains("Demo-Werkplaats geladen: 27 organisaties, 60 mensen, 3 werkteams");

        Result info = run(Map.of(), "--data-dir", data.toString(), "info", "--json");
        assertThat(info.exitCode()).as(info.err()).isZero();
        JsonNode json = new ObjectMapper().readTree(info.out());
        assertThat(json.get("dataDirectory").asText()).isEqualTo(data.toAbsolutePath().toString());
        assertThat(json.get("schemaVersion").asText()).isEqualTo(Database.SCHEMA_VERSION);
        assertThat(json.get("recordCounts").get("person").asInt()).isEqualTo(60);
        assertThat(json.get("recordCounts").get("team").asInt()).isEqualTo(3);
        assertThat(json.get("recordCounts").get("organization").asInt()).isEqualTo(27);
        // The log is for support: in the data folder, with time, level and what happened.
        // A relative data folder named like a command is still a folder.
        Result named = run(Map.of(), "--data-dir", "demo", "info");
        assertThat(named.exitCode()).as(named.err()).isZero();
        assertThat(named.out()).contains(folder.resolve("demo").toString());
        assertThat(data.resolve("logs/werkbank.log")).content().containsPattern("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d\\.\\d{3} \\[main\\] INFO  .*Opened database in " + java.util.regex.Pattern.quote(data.toAbsolutePath().toString()));
    }

    @Test
    void demoRefusesADatabaseWithDataUnlessReplaceIsAsked() throws Exception {
        Path data = folder.resolve("data");
        assertThat(run(Map.of(), "--data-dir", data.toString(), "demo").exitCode()).isZero();

        Result again = run(Map.of(), "--data-dir", data.toString(), "demo");
        assertThat(again.exitCode()).isEqualTo(1);
        assertThat(again.err()).contains("Er staan al gegevens in").contains("demo --replace");

        Result replace = run(Map.of(), "--data-dir", data.toString(), "demo", "--replace");
        assertThat(replace.exitCode()).as(replace.err()).isZero();
        assertThat(replace.out()).contains("Reservekopie van de vorige gegevens:").contains("-voor-demo.zip");
    }

    @Test
    void exportThenImportWithADryRunFirstAndABadFileRefused() throws Exception {
        Path laptop = folder.resolve("laptop");
        Path coordinator = folder.resolve("coordinator");
        assertThat(run(Map.of(), "--data-dir", laptop.toString(), "demo").exitCode()).isZero();
        Path file = folder.resolve("armoede.werkbank");
        Result unsaid = run(Map.of(), "--data-dir", laptop.toString(), "export", "--out", file.toString(), "--team", "Armoede en schulden");
        assertThat(unsaid.exitCode()).isEqualTo(2);
        assertThat(unsaid.err()).contains("--password-file").contains("--no-password");
        Path password = java.nio.file.Files.writeString(folder.resolve("uitwissel.txt"), "werkplaats-rijnmond-2026\n");
        Result export = run(Map.of(), "--data-dir", laptop.toString(), "export", "--out", file.toString(), "--team", "Armoede en schulden",
                "--password-file", password.toString());
        assertThat(export.exitCode()).as(export.err()).isZero();
        assertThat(export.out()).contains("Uitwisselbestand opgeslagen").contains("persoonsgegevens");

        Result noPassword = run(Map.of(), "--data-dir", coordinator.toString(), "import", file.toString(), "--dry-run");
        assertThat(noPassword.exitCode()).isEqualTo(1);
        assertThat(noPassword.err()).contains("uitwisselwachtwoord");
        Result dryRun = run(Map.of(), "--data-dir", coordinator.toString(), "import", file.toString(), "--dry-run",
                "--password-file", password.toString());
        assertThat(dryRun.exitCode()).as(dryRun.err()).isZero();
        assertThat(dryRun.out()).contains("Werkteams: 1 nieuw").contains("Proefdraai: er is niets veranderd.");
        Result info = run(Map.of(), "--data-dir", coordinator.toString(), "info", "--json");
        assertThat(new ObjectMapper().readTree(info.out()).get("recordCounts").get("team").asInt()).isZero();

        Result imported = run(Map.of(), "--data-dir", coordinator.toString(), "import", file.toString(), "--password-file", password.toString());
        assertThat(imported.exitCode()).as(imported.err()).isZero();
        info = run(Map.of(), "--data-dir", coordinator.toString(), "info", "--json");
        assertThat(new ObjectMapper().readTree(info.out()).get("recordCounts").get("team").asInt()).isEqualTo(1);
        Result again = run(Map.of(), "--data-dir", coordinator.toString(), "import", file.toString(), "--password-file", password.toString());
        assertThat(again.out()).contains("Samen: 0 nieuw, 0 gewijzigd");

        Path bad = java.nio.file.Files.writeString(folder.resolve("kapot.json"), "{\"format\": \"werkbank-exchange\", \"formatVersion\": 1, ");
        Result refused = run(Map.of(), "--data-dir", coordinator.toString(), "import", bad.toString());
        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.err()).contains("kapot.json houdt halverwege op");
    }

    @Test
    void reportWritesTheWorkbookAndOneFilePerPartner() throws Exception {
        Path data = folder.resolve("data");
        assertThat(run(Map.of(), "--data-dir", data.toString(), "demo").exitCode()).isZero();
        Path out = folder.resolve("uren.xlsx");
        Result report = run(Map.of(), "--data-dir", data.toString(), "report", "--period", "2021-H2", "--out", out.toString(),
                "--per-organisation", folder.resolve("per-org").toString());
        assertThat(report.exitCode()).as(report.err()).isZero();
        assertThat(report.out()).contains("Overzicht opgeslagen in").contains("bestanden per organisatie");
        assertThat(run(Map.of(), "report", "--help").out()).contains("Map voor één bestand per partnerorganisatie");
        try (var in = java.nio.file.Files.newInputStream(out); var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(in)) {
            var summary = workbook.getSheet("Samenvatting");
            var regels = workbook.getSheet("Regels");
            double lines = 0;
            for (int r = 1; r <= regels.getLastRowNum(); r++) {
                lines += regels.getRow(r).getCell(10).getNumericCellValue();
            }
            double total = 0;
            double difference = Double.NaN;
            for (var row : summary) {
                var first = row.getCell(0);
                if (first != null && "Totaal".equals(first.getStringCellValue())) {
                    total = row.getCell(7).getNumericCellValue();
                }
                if (first != null && first.getStringCellValue().startsWith("Verschil")) {
                    difference = row.getCell(7).getNumericCellValue();
                }
            }
            assertThat(lines).isGreaterThan(100);
            assertThat(total).isCloseTo(lines, org.assertj.core.data.Offset.offset(1e-6));
            assertThat(difference).isZero();
        }
        try (var files = java.nio.file.Files.list(folder.resolve("per-org"))) {
            assertThat(files.map(f -> f.getFileName().toString())).contains("In-kind uren 2021-H2 - Gemeente Rotterdam.xlsx")
                    .allSatisfy(name -> assertThat(name).endsWith(".xlsx"));
        }
        Result wrong = run(Map.of(), "--data-dir", data.toString(), "report", "--period", "2021-H3", "--out", out.toString());
        assertThat(wrong.exitCode()).as("a period that does not exist is wrong usage, like a missing one").isEqualTo(2);
        assertThat(wrong.err()).contains("'2021-H3' is geen periode");
        Result badDate = run(Map.of(), "--data-dir", data.toString(), "report", "--from", "2022-02-30", "--to", "2022-06-30",
                "--out", out.toString());
        assertThat(badDate.exitCode()).isEqualTo(2);
        assertThat(badDate.err()).contains("'2022-02-30' is geen datum").doesNotContain("Exception").doesNotContain("java.");
        Result both = run(Map.of(), "--data-dir", data.toString(), "report", "--period", "2022-H1", "--from", "2022-01-01",
                "--to", "2022-06-30", "--out", out.toString());
        assertThat(both.exitCode()).isEqualTo(2);
        assertThat(both.err()).contains("niet allebei");
    }

    @Test
    void activityReportWritesTheDocumentAndTheAnnexWithTheDemosFigures() throws Exception {
        Path data = folder.resolve("data");
        assertThat(run(Map.of(), "--data-dir", data.toString(), "demo").exitCode()).isZero();
        Path docx = folder.resolve("activiteiten 2021.docx");
        Path xlsx = folder.resolve("bijlage 2021.xlsx");
        Result report = run(Map.of(), "--data-dir", data.toString(), "activity-report", "--period", "2021", "--out", docx.toString(),
                "--xlsx", xlsx.toString());
        assertThat(report.exitCode()).as(report.err()).isZero();
        // The demo of 2021: three teams with eight meetings each, seven kenniscafés.
        assertThat(report.out()).contains("3 werkteams met 24 bijeenkomsten, 7 kenniscafés met").contains("Bijlage opgeslagen in");
        try (var in = java.nio.file.Files.newInputStream(docx); var document = new org.apache.poi.xwpf.usermodel.XWPFDocument(in)) {
            assertThat(document.getParagraphs()).anySatisfy(p -> assertThat(p.getText()).isEqualTo("Activiteiten en uitkomsten 2021"));
            var teams = document.getTables().get(0);
            assertThat(teams.getRow(0).getCell(0).getText()).isEqualTo("Werkteam");
            assertThat(teams.getRows()).hasSize(4);
        }
        try (var in = java.nio.file.Files.newInputStream(xlsx); var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(in)) {
            var cafes = workbook.getSheet("Kenniscafés");
            assertThat(cafes.getRow(2).getCell(0).getStringCellValue()).isEqualTo("Datum");
            // Seven cafés from row 4, then the total.
            assertThat(cafes.getRow(10).getCell(0).getStringCellValue()).isEqualTo("Totaal");
        }
        assertThat(run(Map.of(), "activity-report", "--help").out()).contains("inhoudelijke verantwoording");
        Result none = run(Map.of(), "--data-dir", data.toString(), "activity-report", "--out", docx.toString());
        assertThat(none.exitCode()).isEqualTo(2);
    }

    @Test
    void importAttendancePrintsThePreviewRefusesABadCellAndImportsOnlyWhenConfirmed() throws Exception {
        Path data = folder.resolve("data");
        Path bad = folder.resolve("fout.csv");
        java.nio.file.Files.writeString(bad, "Datum: 14-3-2019\nNaam;Aanwezig\nAnna Proef;x?\n");
        Result refused = run(Map.of(), "--data-dir", data.toString(), "import-attendance", bad.toString(), "--team", "Wijkteam");
        assertThat(refused.exitCode()).as("no such team").isEqualTo(2);
        assertThat(run(Map.of(), "--data-dir", data.toString(), "demo").exitCode()).isZero();
        Result badCell = run(Map.of(), "--data-dir", data.toString(), "import-attendance", bad.toString(), "--team", "Armoede en schulden");
        assertThat(badCell.exitCode()).isEqualTo(1);
        assertThat(badCell.out()).contains("Blad fout, cel B3: 'x?' is geen aanwezigheid");
        assertThat(badCell.err()).contains("Er is niets veranderd");

        Path list = folder.resolve("lijst 2019.csv");
        java.nio.file.Files.write(list, "Datum;14 maart 2019\nNaam;Organisatie;Aanwezig\nAnna Proef;Gemeente Rotterdam;x\nBas Proef;;afgemeld\n"
                .getBytes(java.nio.charset.Charset.forName("windows-1252")));
        Result dryRun = run(Map.of(), "--data-dir", data.toString(), "import-attendance", list.toString(), "--team", "Armoede en schulden",
                "--dry-run");
        assertThat(dryRun.exitCode()).as(dryRun.err()).isZero();
        assertThat(dryRun.out()).contains("gelezen als CSV (puntkomma, UTF-8)").contains("14-03-2019")
                .contains("nieuwe bijeenkomst: 2 nieuw, 0 gewijzigd, 0 gelijk").contains("nieuw: Anna Proef");
        Result unconfirmed = run(Map.of(), "--data-dir", data.toString(), "import-attendance", list.toString(), "--team", "Armoede en schulden");
        assertThat(unconfirmed.exitCode()).isEqualTo(1);
        assertThat(unconfirmed.err()).contains("--confirm");
        Result imported = run(Map.of(), "--data-dir", data.toString(), "import-attendance", list.toString(), "--team", "Armoede en schulden",
                "--confirm");
        assertThat(imported.exitCode()).as(imported.err()).isZero();
        assertThat(imported.out()).contains("Ingelezen in één keer: 2 regels nieuw, 0 gewijzigd");
        Result again = run(Map.of(), "--data-dir", data.toString(), "import-attendance", list.toString(), "--team", "Armoede en schulden");
        assertThat(again.exitCode()).isZero();
        assertThat(again.out()).contains("bestaat al, regels worden aangevuld: 0 nieuw, 0 gewijzigd, 2 gelijk");

        // The old .xls format (POI HSSF, with a totals formula) from the jar as shipped, which leaves out POI's formula maths.
        Path xls = folder.resolve("lijst 2020.xls");
        try (var book = new org.apache.poi.hssf.usermodel.HSSFWorkbook(); var out = java.nio.file.Files.newOutputStream(xls)) {
            var sheet = book.createSheet("2020");
            sheet.createRow(0).createCell(0).setCellValue("Datum: 12-3-2020");
            var header = sheet.createRow(1);
            header.createCell(0).setCellValue("Naam");
            header.createCell(1).setCellValue("Aanwezig");
            var row = sheet.createRow(2);
            row.createCell(0).setCellValue("Anna Proef");
            row.createCell(1).setCellValue("x");
            sheet.createRow(3).createCell(2).setCellFormula("SUM(1,2)");
            book.write(out);
        }
        Result fromXls = run(Map.of(), "--data-dir", data.toString(), "import-attendance", xls.toString(), "--team", "Armoede en schulden",
                "--dry-run");
        assertThat(fromXls.exitCode()).as(fromXls.err()).isZero();
        assertThat(fromXls.out()).contains("12-03-2020").contains("nieuwe bijeenkomst: 1 nieuw, 0 gewijzigd, 0 gelijk");
    }

    @Test
    void werkbankHomeChoosesTheDataFolderAndInfoPrintsDutchText() throws Exception {
        Path data = folder.resolve("home");
        Result info = run(Map.of("WERKBANK_HOME", data.toString()), "info");
        assertThat(info.exitCode()).as(info.err()).isZero();
        assertThat(info.out()).contains("Gegevensmap: " + data.toAbsolutePath()).contains("Schemaversie: " + Database.SCHEMA_VERSION)
                .contains("Mensen").contains("0");
    }

    @Test
    void corruptDatabaseGivesAClearMessageAndExitCodeOne() throws Exception {
        Path data = folder.resolve("broken");
        java.nio.file.Files.createDirectories(data);
        java.nio.file.Files.write(data.resolve("werkbank.mv.db"), "dit is geen database".repeat(500).getBytes(StandardCharsets.UTF_8));
        Result info = run(Map.of(), "--data-dir", data.toString(), "info");
        assertThat(info.exitCode()).isEqualTo(1);
        assertThat(info.err()).startsWith("Fout: Het databasebestand in").contains("is beschadigd");
    }

    /** The README's way back: backup, damage, check says so (exit 1), restore --latest --yes gives exactly the backup. */
    @Test
    void backupDamageCheckRestoreGivesBackExactlyTheBackedUpRecords() throws Exception {
        Path data = folder.resolve("data");
        // Without encryption, so that the test can damage the file with plain H2 below.
        assertThat(run(Map.of("WERKBANK_PASSPHRASE", ""), "--data-dir", data.toString(), "--no-encryption", "demo").exitCode()).isZero();
        JsonNode before = counts(data);
        long records = 0;
        for (JsonNode count : before) {
            records += count.asLong();
        }
        Result backup = run(Map.of(), "--data-dir", data.toString(), "backup");
        assertThat(backup.exitCode()).as(backup.err()).isZero();
        // Every record of the demo, counted in the backup as in info.
        assertThat(backup.out()).contains("Reservekopie gemaakt en gecontroleerd")
                .contains(String.format(java.util.Locale.forLanguageTag("nl"), "%,d records", records));

        // Damage that still opens: attendance lines whose person no longer exists (what a flipped key byte does).
        try (var c = java.sql.DriverManager.getConnection("jdbc:h2:file:" + data.resolve("werkbank").toAbsolutePath(), "werkbank", "");
             var statement = c.createStatement()) {
            statement.execute("ALTER TABLE attendance SET REFERENTIAL_INTEGRITY FALSE");
            statement.executeUpdate("UPDATE attendance SET person_id = RANDOM_UUID() WHERE id IN (SELECT id FROM attendance LIMIT 4)");
            statement.executeUpdate("DELETE FROM learning_note");
        }
        Result check = run(Map.of(), "--data-dir", data.toString(), "check");
        assertThat(check.exitCode()).isEqualTo(1);
        assertThat(check.out()).contains("De database is beschadigd").contains("4 regel(s) bij Presentieregels verwijzen naar iets bij Mensen");
        Result restore = run(Map.of(), "--data-dir", data.toString(), "restore", "--latest", "--yes");
        assertThat(restore.exitCode()).as(restore.err()).isZero();
        assertThat(run(Map.of(), "--data-dir", data.toString(), "check").exitCode()).isZero();
        assertThat(counts(data)).isEqualTo(before);

        // Damage that does not open at all: the file is kept aside and the newest sound backup put in its place,
        // not the damaged state that the first restore kept as a backup.
        byte[] file = java.nio.file.Files.readAllBytes(data.resolve("werkbank.mv.db"));
        for (int i = 0; i < file.length; i += 997) {
            file[i] ^= 0x5a;
        }
        java.nio.file.Files.write(data.resolve("werkbank.mv.db"), file);
        assertThat(run(Map.of(), "--data-dir", data.toString(), "check").exitCode()).isEqualTo(1);
        Result second = run(Map.of(), "--data-dir", data.toString(), "restore", "--latest", "--yes");
        assertThat(second.exitCode()).as(second.err()).isZero();
        assertThat(second.out()).contains("kon niet worden geopend");
        assertThat(run(Map.of(), "--data-dir", data.toString(), "check").exitCode()).isZero();
        assertThat(counts(data)).isEqualTo(before);
    }

    private JsonNode counts(Path data) throws Exception {
        Result info = run(Map.of(), "--data-dir", data.toString(), "info", "--json");
        assertThat(info.exitCode()).as(info.err()).isZero();
        return new ObjectMapper().readTree(info.out()).get("recordCounts");
    }

    /** A new folder needs a passphrase or an explicit --no-encryption; a wrong one is refused cleanly; encrypt and re-key. */
    @Test
    void encryptedFoldersNeedTheirPassphraseAndPlainOnesAreEncryptedOnRequest() throws Exception {
        Path data = folder.resolve("versleuteld");
        Result refused = run(Map.of("WERKBANK_PASSPHRASE", ""), "--data-dir", data.toString(), "demo");
        assertThat(refused.exitCode()).isEqualTo(2);
        assertThat(refused.err()).contains("Een nieuwe map wordt versleuteld").contains("--no-encryption");
        assertThat(data.resolve("werkbank.mv.db")).doesNotExist();

        Result demo = run(Map.of(), "--data-dir", data.toString(), "demo");
        assertThat(demo.exitCode()).as(demo.err()).isZero();
        assertThat(demo.out()).containsPattern("Herstelsleutel .*: [A-Z2-9]{4}(-[A-Z2-9]{4}){7}");
        byte[] database = java.nio.file.Files.readAllBytes(data.resolve("werkbank.mv.db"));
        assertThat(new String(database, StandardCharsets.ISO_8859_1)).doesNotContain("Gemeente Rotterdam").startsWith("H2encrypt");
        assertThat(java.nio.file.Files.getPosixFilePermissions(data)).isEqualTo(java.nio.file.attribute.PosixFilePermissions.fromString("rwx------"));

        Result missing = run(Map.of("WERKBANK_PASSPHRASE", ""), "--data-dir", data.toString(), "info");
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).contains("Deze map is versleuteld").contains("WERKBANK_PASSPHRASE");
        Result wrong = run(Map.of("WERKBANK_PASSPHRASE", "vier woorden op een kier"), "--data-dir", data.toString(), "info");
        assertThat(wrong.exitCode()).isEqualTo(1);
        assertThat(wrong.err()).isEqualTo("Fout: Die wachtwoordzin klopt niet. Er is niets veranderd." + System.lineSeparator());
        assertThat(java.nio.file.Files.readAllBytes(data.resolve("werkbank.mv.db"))).isEqualTo(database);

        Path next = folder.resolve("nieuw.txt");
        java.nio.file.Files.writeString(next, "een andere zin van vijf woorden\n");
        assertThat(run(Map.of(), "--data-dir", data.toString(), "change-passphrase", "--new-passphrase-file", next.toString()).exitCode()).isZero();
        assertThat(run(Map.of(), "--data-dir", data.toString(), "info").exitCode()).isEqualTo(1);
        Result withFile = run(Map.of("WERKBANK_PASSPHRASE", ""), "--data-dir", data.toString(), "--passphrase-file", next.toString(), "info");
        assertThat(withFile.exitCode()).as(withFile.err()).isZero();
        assertThat(withFile.out()).contains("Bijeenkomsten");

        // A folder made without encryption is encrypted on request with the same records.
        Path plain = folder.resolve("open");
        assertThat(run(Map.of("WERKBANK_PASSPHRASE", ""), "--data-dir", plain.toString(), "--no-encryption", "demo").exitCode()).isZero();
        JsonNode before = counts(plain);
        Result encrypt = run(Map.of(), "--data-dir", plain.toString(), "encrypt");
        assertThat(encrypt.exitCode()).as(encrypt.err()).isZero();
        assertThat(encrypt.out()).contains("De gegevens zijn versleuteld").contains("Herstelsleutel");
        assertThat(new String(java.nio.file.Files.readAllBytes(plain.resolve("werkbank.mv.db")), StandardCharsets.ISO_8859_1)).startsWith("H2encrypt");
        assertThat(counts(plain)).isEqualTo(before);
    }

    /** A file that deletes the receiver's own meetings is refused (exit 1, nothing changed) unless --accept-deletions. */
    @Test
    void aFileThatDeletesHereIsRefusedUntilTheDeletionsAreAccepted() throws Exception {
        Path laptop = folder.resolve("laptop");
        assertThat(run(Map.of(), "--data-dir", laptop.toString(), "demo").exitCode()).isZero();
        Path own = folder.resolve("eigen.json");
        assertThat(run(Map.of(), "--data-dir", laptop.toString(), "export", "--out", own.toString(), "--no-password").exitCode()).isZero();
        // What another laptop that deleted two of these meetings would send.
        ObjectMapper json = new ObjectMapper();
        var root = (com.fasterxml.jackson.databind.node.ObjectNode) json.readTree(own.toFile());
        root.put("installationId", java.util.UUID.randomUUID().toString());
        var tombstones = root.withArray("tombstones");
        // Two meetings with attendance lines (the first two in the file may be kenniscafés with headcounts only).
        java.util.Set<String> withAttendance = new java.util.LinkedHashSet<>();
        root.with("records").withArray("attendance").forEach(line -> withAttendance.add(line.get("meeting_id").asText()));
        withAttendance.stream().limit(2).forEach(meeting -> tombstones.addObject().put("entity", "meeting").put("id", meeting)
                .put("deletedAt", java.time.Instant.now().toString()));
        Path deleting = folder.resolve("verwijdert.json");
        json.writeValue(deleting.toFile(), root);
        JsonNode before = counts(laptop);

        Result refused = run(Map.of(), "--data-dir", laptop.toString(), "import", deleting.toString());
        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.err()).contains("Dit bestand verwijdert hier: 2 bijeenkomsten.")
                .contains("Daarmee verdwijnen ook").contains("presentieregels").contains("--accept-deletions");
        assertThat(counts(laptop)).isEqualTo(before);

        Result accepted = run(Map.of(), "--data-dir", laptop.toString(), "import", deleting.toString(), "--accept-deletions");
        assertThat(accepted.exitCode()).as(accepted.err()).isZero();
        assertThat(counts(laptop).get("meeting").asLong()).isEqualTo(before.get("meeting").asLong() - 2);
    }

    /** AVG: inzage of one person, then vergetelheid: the hours of every period print the same, the name is in no export. */
    @Test
    void privacyExportThenEraseKeepsEveryHourAndLeavesTheNameInNoExport() throws Exception {
        Path data = folder.resolve("data");
        assertThat(run(Map.of(), "--data-dir", data.toString(), "demo").exitCode()).isZero();
        Path inzage = folder.resolve("inzage-chantal");
        Result export = run(Map.of(), "--data-dir", data.toString(), "privacy", "export", "--person", "Chantal Dekker",
                "--out", inzage.toString());
        assertThat(export.exitCode()).as(export.err()).isZero();
        assertThat(java.nio.file.Files.readString(folder.resolve("inzage-chantal.json"))).contains("Chantal Dekker").contains("\"attendance\"");
        assertThat(folder.resolve("inzage-chantal.xlsx")).exists();

        List<String> before = new ArrayList<>();
        for (String period : List.of("2020-H2", "2021-H1", "2021-H2", "2022-H1", "2022-H2")) {
            Result report = run(Map.of(), "--data-dir", data.toString(), "report", "--period", period, "--out",
                    folder.resolve(period + ".xlsx").toString());
            assertThat(report.exitCode()).as(report.err()).isZero();
            before.add(report.out());
        }
        Result unsure = run(Map.of(), "--data-dir", data.toString(), "privacy", "erase", "--person", "Chantal Dekker");
        assertThat(unsure.exitCode()).isEqualTo(1);
        assertThat(unsure.err()).contains("Herhaal met --yes");
        Result erase = run(Map.of(), "--data-dir", data.toString(), "privacy", "erase", "--person", "Chantal Dekker", "--yes");
        assertThat(erase.exitCode()).as(erase.err()).isZero();
        assertThat(erase.out()).contains("Chantal Dekker is vergeten en heet nu Gewist (");

        List<String> after = new ArrayList<>();
        for (String period : List.of("2020-H2", "2021-H1", "2021-H2", "2022-H1", "2022-H2")) {
            after.add(run(Map.of(), "--data-dir", data.toString(), "report", "--period", period, "--out",
                    folder.resolve(period + "-na.xlsx").toString()).out().replace("-na.xlsx", ".xlsx"));
        }
        assertThat(after).isEqualTo(before);
        Path all = folder.resolve("alles.json");
        assertThat(run(Map.of(), "--data-dir", data.toString(), "export", "--out", all.toString(), "--no-password",
                "--include-private").exitCode()).isZero();
        assertThat(java.nio.file.Files.readString(all)).doesNotContain("Chantal Dekker");
        assertThat(run(Map.of(), "--data-dir", data.toString(), "privacy", "erase", "--person", "Chantal Dekker", "--yes")
                .exitCode()).isEqualTo(2);
    }

    /**
     * The shipped jar carries what the server needs (the driver, Flyway's PostgreSQL support): server init on a real
     * PostgreSQL, twice, and a wrong password said in Dutch without repeating it. The server comes from .ci/run
     * (WERKBANK_TEST_PG_*); elsewhere without one the test is skipped, under CI it fails.
     */
    @Test
    void serverInitAndSyncThroughTheShippedJar() throws Exception {
        String host = env("WERKBANK_TEST_PG_HOST", "127.0.0.1");
        String port = env("WERKBANK_TEST_PG_PORT", "5432");
        String user = env("WERKBANK_TEST_PG_USER", "werkbank_ci");
        String password = env("WERKBANK_TEST_PG_PASSWORD", "werkbank_ci");
        String database = "werkbank_it_" + java.util.UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        String admin = "jdbc:postgresql://" + host + ":" + port + "/postgres";
        try (var c = java.sql.DriverManager.getConnection(admin, user, password); var s = c.createStatement()) {
            s.execute("CREATE DATABASE " + database);
        } catch (java.sql.SQLException e) {
            if (System.getenv("CI") != null) {
                throw e;
            }
            org.junit.jupiter.api.Assumptions.abort("No PostgreSQL at " + host + ":" + port + ": " + e.getMessage());
        }
        try {
            Path passwordFile = folder.resolve("server-wachtwoord.txt");
            java.nio.file.Files.writeString(passwordFile, password + "\n");
            String url = "jdbc:postgresql://" + host + ":" + port + "/" + database;
            Result first = run(Map.of(), "server", "init", "--url", url, "--user", user, "--password-file", passwordFile.toString());
            assertThat(first.exitCode()).as(first.err()).isZero();
            String schema = nl.werkbank.core.storage.Database.SCHEMA_VERSION;
            assertThat(first.out()).contains("schema 0 → " + schema);
            Result again = run(Map.of(), "server", "init", "--url", url, "--user", user, "--password-file", passwordFile.toString());
            assertThat(again.out()).contains("schema " + schema + " → " + schema + ", 0 stappen");
            Result wrong = run(Map.of("WERKBANK_SERVER_PASSWORD", "fout-wachtwoord-123"), "server", "init", "--url", url, "--user", user);
            assertThat(wrong.exitCode()).isEqualTo(1);
            assertThat(wrong.err()).contains("wachtwoord klopt niet").doesNotContain("fout-wachtwoord-123");

            // A coordinator's laptop sends the demo Werkplaats; a new laptop gets all of it; nothing then waits.
            Path accountPassword = folder.resolve("account-wachtwoord.txt");
            java.nio.file.Files.writeString(accountPassword, "jan-wachtwoord-2026\n");
            String login = database + "_jan";
            Result added = run(Map.of(), "server", "add-account", "--url", url, "--user", user, "--password-file", passwordFile.toString(),
                    "--login", login, "--role", "coordinator", "--account-password-file", accountPassword.toString());
            assertThat(added.exitCode()).as(added.err()).isZero();
            String first_ = folder.resolve("laptop-1").toString();
            String second = folder.resolve("laptop-2").toString();
            assertThat(run(Map.of(), "--data-dir", first_, "demo").exitCode()).isZero();
            Result sent = run(Map.of(), "--data-dir", first_, "sync", "--url", url, "--user", login, "--password-file", accountPassword.toString());
            assertThat(sent.exitCode()).as(sent.err()).isZero();
            assertThat(sent.out()).contains("Server ingesteld").contains("Gesynchroniseerd met").contains("0 ontvangen").doesNotContain("jan-wachtwoord");
            Result received = run(Map.of("WERKBANK_SERVER_PASSWORD", "jan-wachtwoord-2026"), "--data-dir", second, "sync", "--url", url,
                    "--user", login);
            assertThat(received.exitCode()).as(received.err()).isZero();
            assertThat(received.out()).contains("0 verstuurd").doesNotContain(" 0 ontvangen");
            Result status = run(Map.of(), "--data-dir", second, "sync", "--status");
            assertThat(status.out()).contains(login).contains("0 wijzigingen wachten").doesNotContain("nog nooit");
        } finally {
            try (var c = java.sql.DriverManager.getConnection(admin, user, password); var s = c.createStatement()) {
                s.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
                s.execute("DROP ROLE IF EXISTS " + database + "_jan");
                s.execute("DROP ROLE IF EXISTS " + database + "_coordinator");
                s.execute("DROP ROLE IF EXISTS " + database + "_facilitator");
            }
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    @Test
    void unknownCommandShowsUsageAndExitCodeTwo() throws Exception {
        Result result = run(Map.of(), "--data-dir", folder.toString(), "bestaatniet");
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("Gebruik: werkbank");
    }

    private Result run(Map<String, String> env, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.awt.headless=true", "-jar", JAR.toAbsolutePath().toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(folder.toFile());
        builder.environment().remove("WERKBANK_HOME");
        builder.environment().remove("DISPLAY");
        builder.environment().put("HOME", folder.toString()); // never touch the real user's data folder
        // New folders are encrypted: every command gets the passphrase, unless a test gives its own (or "" for none).
        builder.environment().put("WERKBANK_PASSPHRASE", PASSPHRASE);
        builder.environment().putAll(env);
        builder.environment().values().removeIf(String::isEmpty);
        builder.redirectOutput(folder.resolve("out.txt").toFile()).redirectError(folder.resolve("err.txt").toFile());
        Process process = builder.start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("command finished").isTrue();
        return new Result(process.exitValue(), java.nio.file.Files.readString(folder.resolve("out.txt")),
                java.nio.file.Files.readString(folder.resolve("err.txt")));
    }
}
