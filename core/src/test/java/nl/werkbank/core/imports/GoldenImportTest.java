package nl.werkbank.core.imports;

import static java.time.LocalDate.of;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import nl.werkbank.core.Werkbank;
import nl.werkbank.core.common.Progress;
import nl.werkbank.core.hours.HoursOverview;
import nl.werkbank.core.hours.OrganizationHours;
import nl.werkbank.core.hours.Period;
import nl.werkbank.core.people.Affiliation;
import nl.werkbank.core.people.Organization;
import nl.werkbank.core.people.OrganizationType;
import nl.werkbank.core.people.Partnership;
import nl.werkbank.core.people.PartnershipRole;
import nl.werkbank.core.people.Person;
import nl.werkbank.core.teams.Membership;
import nl.werkbank.core.teams.MembershipRole;
import nl.werkbank.core.teams.Team;
import nl.werkbank.core.testing.TestWerkbank;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A matrix of 12 people × 8 dates for werkteam Armoede en schulden in 2019, written by POI (not Werkbank's own
 * writer) the way coordinators keep it: a merged title, the times in a line of their own, a blank row, dates in four
 * spellings (a date cell, "14-2-2019", "14 maart 2019", an Excel serial number), a totals column and a totals row.
 * Imported into a Werkplaats, the half-year overview equals these totals, computed by hand.
 *
 * <pre>
 * Partners: Hogeschool Rotterdam (HR) and Gemeente Rotterdam (GR) all year; DOCK until 31-03-2019. CVD is no partner.
 * Every meeting 19:00-21:00 = 2.00 h. Preparation by role: procesbegeleider 2.00, kerngroeplid 0.50, others 0.
 * Dates D1..D8: 17-1, 14-2, 14-3, 11-4, 9-5, 23-5, 6-6, 20-6 (x present, o online, b excused, a absent, . empty)
 *
 *                        D1 D2 D3 D4 D5 D6 D7 D8  counted  hours (meeting + preparation)
 * Anna Visser   (fac, HR) x  x  x  x  x  x  x  x     8     16.00 + 16.00 = 32.00 HR
 * Bart Smit   (kern, GR)  x  x  b  x  x  o  x  a     6     12.00 +  3.00 = 15.00 GR
 * Carla Mulder | GR       x  x  x  .  .  .  .  .     3      6.00 GR
 * Carla Mulder | CVD      .  .  .  x  a  x  x  x     4      8.00 CVD (Overig)  - changed employer on 1-4
 * Dirk de Boer  (DOCK)    x  x  x  x  x  x  x  x     8     D1-D3 6.00 DOCK; D4-D8 10.00 DOCK after its
 *                                                          partnership ended (Overig)
 * Eva Bos (no org in file) x x  x  x  b  x  x  x     7     affiliation: DOCK until 28-2 (D1, D2 = 4.00 DOCK),
 *                                                          GR from 1-3 (D3, D4, D6, D7, D8 = 10.00 GR)
 * Fatima el Amrani (HR)   x  o  x  x  x  x  a  x     7     14.00 HR
 * Gert Meijer (no org)    x  x  x  a  a  x  x  x     6     12.00 no organisation (Overig)
 * Hanna de Groot (GR)     x  x  x  x  x  x  x  x     8     16.00 GR
 * Ivo Peters (CVD)        a  x  a  x  a  x  a  x     4      8.00 CVD (Overig)
 * Joyce Hendriks (HR)     x  x  b  b  x  x  x  x     6     12.00 HR
 * Karim Yilmaz (new, CVD) .  .  .  .  x  x  x  x     4      8.00 CVD (Overig), a guest: no preparation
 * Lotte van Dijk (new)    o  o  .  .  .  .  .  .     2      4.00 no organisation (Overig)
 *
 * HR     = 32.00 + 14.00 + 12.00                 = 58.00 (meeting 42.00, preparation 16.00)
 * GR     = 15.00 + 6.00 + 10.00 + 16.00          = 47.00 (meeting 44.00, preparation  3.00)
 * DOCK   = 6.00 + 4.00                           = 10.00
 * Overig = CVD 24.00 + DOCK 10.00 + no organisation 16.00 = 50.00
 * All    = 58.00 + 47.00 + 10.00 + 50.00         = 165.00
 * </pre>
 */
class GoldenImportTest {

    private static final LocalDate[] DATES = {of(2019, 1, 17), of(2019, 2, 14), of(2019, 3, 14), of(2019, 4, 11),
        of(2019, 5, 9), of(2019, 5, 23), of(2019, 6, 6), of(2019, 6, 20)};
    private static final String[][] ROWS = {
        {"visser, anna", "Hogeschool Rotterdam", "xxxxxxxx"},
        {"Bart Smit", "Gemeente Rotterdam", "xxbxxoxa"},
        {"Carla Mulder", "Gemeente Rotterdam", "xxx....."},
        {"Carla Mulder", "CVD", "...xaxxx"},
        {"Dirk de  Boer", "Dock", "xxxxxxxx"},
        {"Eva Bós", "", "xxxxbxxx"},
        {"Fatima El Amrani", "Hogeschool Rotterdam", "xoxxxxax"},
        {"Gert Meijer", "", "xxxaaxxx"},
        {"Hanna de Groot", "Gemeente Rotterdam", "xxxxxxxx"},
        {"Ivo Peters", "CVD", "axaxaxax"},
        {"Joyce Hendriks", "Hogeschool Rotterdam", "xxbbxxxx"},
        {"Karim Yilmaz", "CVD", "....xxxx"},
        {"Lotte van Dijk", "", "oo......"},
    };

    @TempDir
    Path folder;

    @Test
    void theHalfYearOverviewOfTheImportedMatrixMatchesTheHandComputedTotals() throws Exception {
        Path file = folder.resolve("presentie armoede 2019.xlsx");
        writeMatrix(file);
        try (Werkbank werkbank = TestWerkbank.open(folder.resolve("data"))) {
            Team team = werkplaats(werkbank);
            var imports = werkbank.attendanceImport();
            SpreadsheetFile read = imports.read(file);
            ImportMapping mapping = imports.propose(read, team.id());
            assertThat(mapping.layout()).isEqualTo(Layout.MATRIX);
            ImportPlan plan = imports.plan(read, mapping, Progress.NONE);
            assertThat(plan.problems()).isEmpty();
            assertThat(plan.meetings()).extracting(PlannedMeeting::date).containsExactly(DATES);
            assertThat(plan.meetings()).allSatisfy(m -> {
                assertThat(m.start()).isEqualTo(LocalTime.of(19, 0));
                assertThat(m.end()).isEqualTo(LocalTime.of(21, 0));
            });

            ImportPreview preview = imports.preview(plan, team.id(), ImportChoices.NONE, Progress.NONE);
            assertThat(preview.people()).filteredOn(p -> p.kind() == NamePreview.Kind.NEW).extracting(NamePreview::name)
                    .containsExactlyInAnyOrder("Karim Yilmaz", "Lotte van Dijk");
            assertThat(preview.people()).filteredOn(p -> p.kind() == NamePreview.Kind.EXISTING).hasSize(10);
            assertThat(preview.organizations()).allMatch(o -> o.kind() == NamePreview.Kind.EXISTING);
            assertThat(preview.newMeetings()).isEqualTo(8);
            // 13 rows, each mark other than "." a line: 8+8+3+5+8+8+8+8+8+8+8+4+2
            assertThat(preview.added()).isEqualTo(86);

            imports.apply(plan, team.id(), ImportChoices.CONFIRMED, Progress.NONE);
            HoursOverview overview = werkbank.hours().overview(Period.parse("2019-H1"));

            assertThat(overview.partners()).extracting(OrganizationHours::name, r -> r.totalHours().toPlainString(),
                    r -> r.meetingHours().toPlainString(), r -> r.preparationHours().toPlainString()).containsExactly(
                    tuple("DOCK", "10.00", "10.00", "0.00"),
                    tuple("Gemeente Rotterdam", "47.00", "44.00", "3.00"),
                    tuple("Hogeschool Rotterdam", "58.00", "42.00", "16.00"));
            assertThat(overview.overig().totalHours()).isEqualByComparingTo("50.00");
            assertThat(overview.overigBreakdown()).extracting(OrganizationHours::kind, OrganizationHours::name,
                    r -> r.totalHours().toPlainString()).containsExactly(
                    tuple(OrganizationHours.Kind.ORGANIZATION, "CVD", "24.00"),
                    tuple(OrganizationHours.Kind.ORGANIZATION, "DOCK", "10.00"),
                    tuple(OrganizationHours.Kind.NO_ORGANIZATION, null, "16.00"));
            assertThat(overview.linesTotal()).isEqualByComparingTo("165.00");
            assertThat(overview.reconciles()).isTrue();
        }
    }

    private static Team werkplaats(Werkbank werkbank) {
        Organization hr = partner(werkbank, "Hogeschool Rotterdam", OrganizationType.UNIVERSITY_OF_APPLIED_SCIENCES, null);
        Organization gr = partner(werkbank, "Gemeente Rotterdam", OrganizationType.MUNICIPALITY, null);
        Organization dock = partner(werkbank, "DOCK", OrganizationType.WELFARE_CARE, of(2019, 3, 31));
        Organization cvd = werkbank.organizations().create("CVD", OrganizationType.WELFARE_CARE, null, false);
        Team team = werkbank.teams().create("Armoede en schulden", false);
        member(werkbank, team, "Anna Visser", MembershipRole.FACILITATOR, hr, null);
        member(werkbank, team, "Bart Smit", MembershipRole.CORE_MEMBER, gr, null);
        Person carla = member(werkbank, team, "Carla Mulder", MembershipRole.MEMBER, gr, of(2019, 3, 31));
        werkbank.people().saveAffiliation(Affiliation.create(carla.id(), cvd.id(), of(2019, 4, 1), null));
        member(werkbank, team, "Dirk de Boer", MembershipRole.MEMBER, dock, null);
        Person eva = member(werkbank, team, "Eva Bos", MembershipRole.MEMBER, dock, of(2019, 2, 28));
        werkbank.people().saveAffiliation(Affiliation.create(eva.id(), gr.id(), of(2019, 3, 1), null));
        member(werkbank, team, "Fatima el Amrani", MembershipRole.MEMBER, hr, null);
        member(werkbank, team, "Gert Meijer", MembershipRole.RESIDENT, null, null);
        member(werkbank, team, "Hanna de Groot", MembershipRole.MEMBER, gr, null);
        member(werkbank, team, "Ivo Peters", MembershipRole.MEMBER, cvd, null);
        member(werkbank, team, "Joyce Hendriks", MembershipRole.MEMBER, hr, null);
        return team;
    }

    private static Organization partner(Werkbank werkbank, String name, OrganizationType type, LocalDate to) {
        Organization organization = werkbank.organizations().create(name, type, null, false);
        werkbank.organizations().savePartnership(Partnership.create(organization.id(), PartnershipRole.PARTNER, of(2016, 1, 1), to));
        return organization;
    }

    private static Person member(Werkbank werkbank, Team team, String name, MembershipRole role, Organization organization,
                                 LocalDate affiliatedUntil) {
        Person person = werkbank.people().create(name, null, null, false);
        werkbank.teams().saveMembership(Membership.create(team.id(), person.id(), role, of(2018, 9, 1), null));
        if (organization != null) {
            werkbank.people().saveAffiliation(Affiliation.create(person.id(), organization.id(), of(2018, 1, 1), affiliatedUntil));
        }
        return person;
    }

    static void writeMatrix(Path file) throws Exception {
        try (XSSFWorkbook book = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            var sheet = book.createSheet("2019-H1");
            var dateStyle = book.createCellStyle();
            dateStyle.setDataFormat(book.getCreationHelper().createDataFormat().getFormat("d-m-yyyy"));
            sheet.createRow(0).createCell(0).setCellValue("Presentielijst werkteam Armoede en schulden 2019");
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, 10));
            sheet.createRow(1).createCell(0).setCellValue("Tijd: 19.00 - 21.00 uur");
            var header = sheet.createRow(3);
            header.createCell(0).setCellValue("Naam");
            header.createCell(1).setCellValue("Organisatie");
            for (int d = 0; d < DATES.length; d++) {
                var cell = header.createCell(2 + d);
                switch (d) {
                    case 1 -> cell.setCellValue("14-2-2019");
                    case 2 -> cell.setCellValue("14 maart 2019");
                    case 3 -> cell.setCellValue(ChronoUnit.DAYS.between(of(1899, 12, 30), DATES[d]));
                    default -> {
                        cell.setCellValue(DATES[d]);
                        cell.setCellStyle(dateStyle);
                    }
                }
            }
            header.createCell(10).setCellValue("Totaal");
            int[] columnTotals = new int[DATES.length];
            int r = 4;
            for (String[] person : ROWS) {
                if (r == 8) {
                    r++; // a blank row halfway, as people leave them
                }
                var row = sheet.createRow(r++);
                row.createCell(0).setCellValue(person[0]);
                row.createCell(1).setCellValue(person[1]);
                int present = 0;
                for (int d = 0; d < DATES.length; d++) {
                    char mark = person[2].charAt(d);
                    if (mark != '.') {
                        row.createCell(2 + d).setCellValue(String.valueOf(mark));
                    }
                    if (mark == 'x' || mark == 'o') {
                        present++;
                        columnTotals[d]++;
                    }
                }
                row.createCell(10).setCellValue(present);
            }
            var totals = sheet.createRow(r);
            totals.createCell(0).setCellValue("Totaal aanwezig");
            for (int d = 0; d < DATES.length; d++) {
                totals.createCell(2 + d).setCellValue(columnTotals[d]);
            }
            book.write(out);
        }
    }

    static List<LocalDate> dates() {
        return List.of(DATES);
    }
}
