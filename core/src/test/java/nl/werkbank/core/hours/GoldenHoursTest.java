package nl.werkbank.core.hours;

import static java.time.LocalDate.of;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import nl.werkbank.core.Werkbank;
import nl.werkbank.core.meetings.AttendanceLine;
import nl.werkbank.core.meetings.AttendanceStatus;
import nl.werkbank.core.meetings.GuestRequest;
import nl.werkbank.core.meetings.Meeting;
import nl.werkbank.core.meetings.MeetingMode;
import nl.werkbank.core.meetings.MeetingType;
import nl.werkbank.core.meetings.VisitorCategory;
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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hand-computed totals for 2022-H1, written out below so a reviewer can check them on paper.
 *
 * <pre>
 * Partners: Gemeente Rotterdam (whole period), DOCK (partner until 31-03-2022). CVD is not a partner.
 * People: Sanne (kerngroeplid: 0.50 h prep by default; Rotterdam until 30-04-2022, CVD from 01-05-2022),
 *         Ahmed (procesbegeleider: 2.00 h prep; DOCK), Els (werkteamlid: 0 prep; Rotterdam, excused in March,
 *         absent in April), guest Kofi (no organisation, no prep).
 * Meetings (team "AS"), all 14:00-16:00 = 2.00 h:
 *   M1 15-03-2022: Sanne 2.00 + 0.50 (Rotterdam), Ahmed 2.00 + 2.00 (DOCK, partner), Els excused 0
 *   M2 14-04-2022: Sanne 15 min late 1.75 + 0.50 (Rotterdam), Ahmed online 2.00 + 2.00 (DOCK no longer partner
 *                  -> Overig), Kofi 2.00 (Overig), Els absent 0
 *   M3 30-06-2022: Sanne 2.00 + 0.50 (CVD -> Overig), Ahmed 2.00 + 2.00 (Overig)
 *   M4 01-07-2022: outside the period (Sanne 2.50) -> not counted in H1
 * Kenniscafe 20-05-2022 15:30-17:00 (1.50 h), 10 visitors -> 15.00 h Overig
 * Cash: DOCK 500.00 on 15-02-2022 (partner), CVD 250.50 on 01-06-2022 (Overig)
 *
 * Rotterdam  = 2.50 + 2.25 = 4.75 h (meeting 3.75, preparation 1.00)
 * DOCK       = 2.00 + 2.00 = 4.00 h, cash 500.00
 * Overig     = DOCK 8.00 (M2 4.00 + M3 4.00) + CVD 2.50 + no organisation 2.00 + visitors 15.00 = 27.50 h, cash 250.50
 * All lines  = 4.75 + 4.00 + 27.50 = 36.25 h
 *
 * Visitors counted under an organisation (only in the test that adds them): at the kenniscafe, 4 colleagues of
 * Gemeente Rotterdam (a partner that day) and 2 of DOCK (partner until 31-03-2022, so Overig on 20-05):
 * Rotterdam  = 4.75 + 4 x 1.50 = 10.75 h (meeting 3.75 + 6.00 = 9.75, preparation 1.00), 3 meetings, still 1 person
 * Overig     = DOCK 8.00 + 2 x 1.50 = 11.00 + CVD 2.50 + no organisation 2.00 + visitors 15.00 = 30.50 h
 * All lines  = 10.75 + 4.00 + 30.50 = 45.25 h
 * </pre>
 */
class GoldenHoursTest {

    @TempDir
    Path folder;
    Werkbank werkbank;
    Team team;
    Organization rotterdam;
    Organization dock;
    Organization cvd;
    Person sanne;
    Person ahmed;
    Person els;
    Meeting cafe;

    @BeforeEach
    void build() {
        werkbank = TestWerkbank.open(folder);
        rotterdam = organization("Gemeente Rotterdam", OrganizationType.MUNICIPALITY, of(2016, 1, 1), null);
        dock = organization("DOCK", OrganizationType.WELFARE_CARE, of(2020, 1, 1), of(2022, 3, 31));
        cvd = werkbank.organizations().create("CVD", OrganizationType.WELFARE_CARE, null, false);
        team = werkbank.teams().create("Armoede en schulden", false);
        sanne = person("Sanne de Vries", MembershipRole.CORE_MEMBER);
        werkbank.people().saveAffiliation(Affiliation.create(sanne.id(), rotterdam.id(), of(2019, 1, 1), of(2022, 4, 30)));
        werkbank.people().saveAffiliation(Affiliation.create(sanne.id(), cvd.id(), of(2022, 5, 1), null));
        ahmed = person("Ahmed Bakker", MembershipRole.FACILITATOR);
        werkbank.people().saveAffiliation(Affiliation.create(ahmed.id(), dock.id(), of(2019, 1, 1), null));
        els = person("Els Jansen", MembershipRole.MEMBER);
        werkbank.people().saveAffiliation(Affiliation.create(els.id(), rotterdam.id(), of(2019, 1, 1), null));

        Meeting m1 = meeting(of(2022, 3, 15));
        mark(m1, sanne, AttendanceStatus.PRESENT);
        mark(m1, ahmed, AttendanceStatus.PRESENT);
        mark(m1, els, AttendanceStatus.EXCUSED);
        Meeting m2 = meeting(of(2022, 4, 14));
        werkbank.attendance().setTiming(mark(m2, sanne, AttendanceStatus.PRESENT), 15, 0);
        mark(m2, ahmed, AttendanceStatus.ONLINE);
        mark(m2, els, AttendanceStatus.ABSENT);
        werkbank.attendance().addGuest(m2.id(), new GuestRequest(null, "Kofi Gast", null, null, false, false));
        Meeting m3 = meeting(of(2022, 6, 30));
        mark(m3, sanne, AttendanceStatus.PRESENT);
        mark(m3, ahmed, AttendanceStatus.PRESENT);
        Meeting m4 = meeting(of(2022, 7, 1));
        mark(m4, sanne, AttendanceStatus.PRESENT);

        cafe = werkbank.meetings().create(Meeting.create(null, MeetingType.KNOWLEDGE_CAFE, of(2022, 5, 20),
                LocalTime.of(15, 30), LocalTime.of(17, 0), MeetingMode.PHYSICAL).withTitle("Meten in het sociaal domein"), null);
        werkbank.meetings().setVisitors(cafe.id(), VisitorCategory.PROFESSIONAL, 7);
        werkbank.meetings().setVisitors(cafe.id(), VisitorCategory.STUDENT, 3);

        werkbank.cash().save(CashContribution.create(dock.id(), of(2022, 2, 15), new BigDecimal("500.00"), "Bijdrage 2022"));
        werkbank.cash().save(CashContribution.create(cvd.id(), of(2022, 6, 1), new BigDecimal("250.50"), "Zaalhuur"));
    }

    @AfterEach
    void close() {
        werkbank.close();
    }

    @Test
    void firstHalfOf2022MatchesTheHandComputedTotals() {
        HoursOverview overview = werkbank.hours().overview(Period.parse("2022-H1"));

        assertThat(overview.partners()).extracting(OrganizationHours::name).containsExactly("DOCK", "Gemeente Rotterdam");
        OrganizationHours rotterdamRow = overview.partners().get(1);
        assertThat(rotterdamRow.totalHours()).isEqualByComparingTo("4.75");
        assertThat(rotterdamRow.meetingHours()).isEqualByComparingTo("3.75");
        assertThat(rotterdamRow.preparationHours()).isEqualByComparingTo("1.00");
        assertThat(rotterdamRow.people()).isEqualTo(1);
        assertThat(rotterdamRow.meetings()).isEqualTo(2);
        OrganizationHours dockRow = overview.partners().get(0);
        assertThat(dockRow.meetingHours()).isEqualByComparingTo("2.00");
        assertThat(dockRow.preparationHours()).isEqualByComparingTo("2.00");
        assertThat(dockRow.totalHours()).isEqualByComparingTo("4.00");
        assertThat(dockRow.cash()).isEqualByComparingTo("500.00");

        assertThat(overview.overig().totalHours()).isEqualByComparingTo("27.50");
        assertThat(overview.overig().cash()).isEqualByComparingTo("250.50");
        assertThat(overview.overigBreakdown()).extracting(OrganizationHours::kind, OrganizationHours::name,
                r -> r.totalHours().toPlainString()).containsExactly(
                org.assertj.core.groups.Tuple.tuple(OrganizationHours.Kind.ORGANIZATION, "CVD", "2.50"),
                org.assertj.core.groups.Tuple.tuple(OrganizationHours.Kind.ORGANIZATION, "DOCK", "8.00"),
                org.assertj.core.groups.Tuple.tuple(OrganizationHours.Kind.NO_ORGANIZATION, null, "2.00"),
                org.assertj.core.groups.Tuple.tuple(OrganizationHours.Kind.VISITORS, null, "15.00"));

        assertThat(overview.linesTotal()).isEqualByComparingTo("36.25");
        assertThat(overview.total()).isEqualByComparingTo("36.25");
        assertThat(overview.reconciles()).isTrue();
        assertThat(overview.lines()).noneMatch(line -> line.date().equals(of(2022, 7, 1)));
        assertThat(overview.cashTotal()).isEqualByComparingTo("750.50");
    }

    @Test
    void visitorsCountedUnderAnOrganisationCountForItWhenItWasAPartnerThatDay() {
        werkbank.meetings().setOrganizationVisitors(cafe.id(), rotterdam.id(), 4);
        werkbank.meetings().setOrganizationVisitors(cafe.id(), dock.id(), 2);
        HoursOverview overview = werkbank.hours().overview(Period.parse("2022-H1"));

        OrganizationHours rotterdamRow = overview.partners().get(1);
        assertThat(rotterdamRow.name()).isEqualTo("Gemeente Rotterdam");
        assertThat(rotterdamRow.totalHours()).isEqualByComparingTo("10.75");
        assertThat(rotterdamRow.meetingHours()).isEqualByComparingTo("9.75");
        assertThat(rotterdamRow.meetings()).isEqualTo(3);
        assertThat(rotterdamRow.people()).isEqualTo(1);
        assertThat(overview.partners().get(0).totalHours()).isEqualByComparingTo("4.00");
        assertThat(overview.overig().totalHours()).isEqualByComparingTo("30.50");
        assertThat(overview.overigBreakdown()).extracting(OrganizationHours::kind, OrganizationHours::name,
                r -> r.totalHours().toPlainString()).containsExactly(
                org.assertj.core.groups.Tuple.tuple(OrganizationHours.Kind.ORGANIZATION, "CVD", "2.50"),
                org.assertj.core.groups.Tuple.tuple(OrganizationHours.Kind.ORGANIZATION, "DOCK", "11.00"),
                org.assertj.core.groups.Tuple.tuple(OrganizationHours.Kind.NO_ORGANIZATION, null, "2.00"),
                org.assertj.core.groups.Tuple.tuple(OrganizationHours.Kind.VISITORS, null, "15.00"));
        assertThat(overview.linesTotal()).isEqualByComparingTo("45.25");
        assertThat(overview.reconciles()).isTrue();
        // Traceable: Rotterdam's lines include the count, with its visitors and hours.
        assertThat(HoursService.linesOf(overview, rotterdamRow)).filteredOn(HoursLine::isVisitors)
                .extracting(HoursLine::visitors, l -> l.meetingHours().toPlainString()).containsExactly(
                        org.assertj.core.groups.Tuple.tuple(4, "6.00"));

        // Set to 0, the count leaves the numbers again.
        werkbank.meetings().setOrganizationVisitors(cafe.id(), rotterdam.id(), 0);
        werkbank.meetings().setOrganizationVisitors(cafe.id(), dock.id(), 0);
        assertThat(werkbank.hours().overview(Period.parse("2022-H1")).linesTotal()).isEqualByComparingTo("36.25");
        assertThat(werkbank.meetings().organizationVisitors(cafe.id())).isEmpty();
    }

    @Test
    void secondHalfCountsTheFirstOfJulyAndTravelOnlyWhenSwitchedOn() {
        HoursOverview h2 = werkbank.hours().overview(Period.parse("2022-H2"));
        assertThat(h2.linesTotal()).isEqualByComparingTo("2.50");
        assertThat(h2.overigBreakdown()).singleElement().extracting(OrganizationHours::name).isEqualTo("CVD");

        AttendanceLine line = werkbank.attendance().lines(h2.lines().get(0).meetingId()).stream()
                .filter(l -> l.attendance().personId().equals(sanne.id())).findFirst().orElseThrow();
        werkbank.database().transaction(c -> nl.werkbank.core.storage.Sql.update(c,
                "UPDATE attendance SET travel_hours = 0.5 WHERE id = ?", line.attendance().id()));
        assertThat(werkbank.hours().overview(Period.parse("2022-H2")).linesTotal()).isEqualByComparingTo("2.50");
        werkbank.hours().setTravelIncluded(true);
        HoursOverview withTravel = werkbank.hours().overview(Period.parse("2022-H2"));
        assertThat(withTravel.linesTotal()).isEqualByComparingTo("3.00");
        assertThat(withTravel.rules().travelIncluded()).isTrue();
        assertThat(withTravel.reconciles()).isTrue();
    }

    @Test
    void hourlyRateGivesValueInEuros() {
        werkbank.hourlyRates().setForType(OrganizationType.MUNICIPALITY, new BigDecimal("62.50"));
        HoursOverview overview = werkbank.hours().overview(Period.parse("2022-H1"));
        assertThat(overview.partners().get(1).valueEuros()).isEqualByComparingTo("296.88"); // 4.75 x 62.50 = 296.875
        assertThat(overview.partners().get(0).valueEuros()).isNull();

        // An organisation's own rate comes before its type's; removing it falls back to the type.
        werkbank.hourlyRates().setForOrganization(rotterdam.id(), new BigDecimal("80"));
        assertThat(werkbank.hours().overview(Period.parse("2022-H1")).partners().get(1).valueEuros()).isEqualByComparingTo("380.00");
        werkbank.hourlyRates().setForOrganization(rotterdam.id(), null);
        assertThat(werkbank.hours().overview(Period.parse("2022-H1")).partners().get(1).valueEuros()).isEqualByComparingTo("296.88");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> werkbank.hourlyRates().setForType(OrganizationType.OTHER,
                new BigDecimal("-5"))).isInstanceOf(nl.werkbank.core.common.ValidationException.class);
    }

    @Test
    void workbookFormulasEvaluateToWerkbanksNumbersAndTheSheetsAgree() throws Exception {
        HoursOverview overview = werkbank.hours().overview(Period.parse("2022-H1"));
        Path file = new nl.werkbank.core.report.HoursWorkbook(overview, LABELS, DESCRIBE).write(folder.resolve("uren.xlsx"));

        try (var in = java.nio.file.Files.newInputStream(file);
             var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(in)) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(5); // Samenvatting, Overig, DOCK, Gemeente Rotterdam, Regels
            var evaluator = workbook.getCreationHelper().createFormulaEvaluator();
            int formulas = 0;
            for (var sheet : workbook) {
                for (var row : sheet) {
                    for (var cell : row) {
                        if (cell.getCellType() == org.apache.poi.ss.usermodel.CellType.FORMULA) {
                            double stored = cell.getNumericCellValue();
                            assertThat(evaluator.evaluate(cell).getNumberValue()).as(sheet.getSheetName() + "!" + cell.getAddress())
                                    .isCloseTo(stored, org.assertj.core.data.Offset.offset(0.000001));
                            formulas++;
                        }
                    }
                }
            }
            assertThat(formulas).isGreaterThan(20);

            var summary = workbook.getSheet("Samenvatting");
            assertThat(summary.getRow(5).getCell(0).getStringCellValue()).isEqualTo("DOCK");
            assertThat(summary.getRow(6).getCell(7).getNumericCellValue()).isEqualTo(4.75);   // Rotterdam
            assertThat(summary.getRow(7).getCell(0).getStringCellValue()).isEqualTo("Overig");
            assertThat(summary.getRow(7).getCell(7).getNumericCellValue()).isEqualTo(27.50);
            assertThat(summary.getRow(8).getCell(7).getNumericCellValue()).isEqualTo(36.25);  // total
            assertThat(summary.getRow(8).getCell(9).getNumericCellValue()).isEqualTo(750.50); // cash
            assertThat(summary.getRow(10).getCell(7).getNumericCellValue()).isEqualTo(36.25); // all lines
            assertThat(summary.getRow(11).getCell(7).getNumericCellValue()).isZero();          // difference

            var regels = workbook.getSheet("Regels");
            double linesTotal = 0;
            for (int r = 1; r <= regels.getLastRowNum(); r++) {
                linesTotal += regels.getRow(r).getCell(10).getNumericCellValue();
            }
            assertThat(linesTotal).isCloseTo(36.25, org.assertj.core.data.Offset.offset(1e-9));
            assertThat(regels.getRow(1).getCell(0).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(of(2022, 3, 15));
            assertThat(regels.getRow(1).getCell(0).getCellStyle().getDataFormatString()).isEqualTo("dd-mm-yyyy");

            // Each partner sheet sums to its row in Samenvatting; Overig's sheet to the Overig row.
            assertThat(totalOf(workbook.getSheet("Gemeente Rotterdam"), 8)).isEqualTo(4.75);
            assertThat(totalOf(workbook.getSheet("DOCK"), 8)).isEqualTo(4.00);
            assertThat(totalOf(workbook.getSheet("Overig"), 6)).isEqualTo(27.50);
            assertThat(summary.getPrintSetup().getLandscape()).isTrue();
            assertThat(summary.getPaneInformation().isFreezePane()).isTrue();
            assertThat(workbook.getProperties().getCoreProperties().getTitle()).isEqualTo("In-kind uren 2022-H1");
        }
    }

    @Test
    void workbooksOfAPeriodWithoutLinesHaveNoSelfReferenceNoInvertedRangeAndNoErrorValue() throws Exception {
        HoursOverview empty = werkbank.hours().overview(Period.parse("2019-H2"));
        assertThat(empty.lines()).isEmpty();
        assertThat(empty.partners()).extracting(OrganizationHours::name).contains("Gemeente Rotterdam");
        var workbook = new nl.werkbank.core.report.HoursWorkbook(empty, LABELS, DESCRIBE);
        List<Path> files = new java.util.ArrayList<>(List.of(workbook.write(folder.resolve("leeg.xlsx"))));
        for (OrganizationHours partner : empty.partners()) {
            files.add(workbook.writeOrganization(folder.resolve(partner.name() + ".xlsx"), partner));
        }
        // And a period with lines keeps its formulas sound too.
        HoursOverview full = werkbank.hours().overview(Period.parse("2022-H1"));
        files.add(new nl.werkbank.core.report.HoursWorkbook(full, LABELS, DESCRIBE).write(folder.resolve("vol.xlsx")));
        for (Path file : files) {
            assertFormulasSound(file);
        }
    }

    /** Every formula evaluates to a number, and no range is inverted or contains the formula's own cell. */
    private static void assertFormulasSound(Path file) throws Exception {
        var range = java.util.regex.Pattern.compile("\\$?([A-Z]{1,3})\\$?(\\d+):\\$?([A-Z]{1,3})\\$?(\\d+)");
        try (var in = java.nio.file.Files.newInputStream(file);
             var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(in)) {
            var evaluator = book.getCreationHelper().createFormulaEvaluator();
            for (var sheet : book) {
                for (var row : sheet) {
                    for (var cell : row) {
                        if (cell.getCellType() != org.apache.poi.ss.usermodel.CellType.FORMULA) {
                            continue;
                        }
                        String where = file.getFileName() + " " + sheet.getSheetName() + "!" + cell.getAddress() + " =" + cell.getCellFormula();
                        assertThat(evaluator.evaluate(cell).getCellType()).as(where).isEqualTo(org.apache.poi.ss.usermodel.CellType.NUMERIC);
                        var matcher = range.matcher(cell.getCellFormula());
                        while (matcher.find()) {
                            int top = Integer.parseInt(matcher.group(2));
                            int bottom = Integer.parseInt(matcher.group(4));
                            assertThat(top).as(where + " inverted").isLessThanOrEqualTo(bottom);
                            boolean otherSheet = matcher.start() > 0 && cell.getCellFormula().charAt(matcher.start() - 1) == '!';
                            boolean ownColumn = matcher.group(1).equals(cell.getAddress().formatAsString().replaceAll("\\d", ""));
                            int own = cell.getRowIndex() + 1;
                            assertThat(!otherSheet && ownColumn && top <= own && own <= bottom).as(where + " refers to itself").isFalse();
                        }
                    }
                }
            }
        }
    }

    @Test
    void perOrganisationFileHasItsLinesSubtotalsAndASignOffBlock() throws Exception {
        HoursOverview overview = werkbank.hours().overview(Period.parse("2022-H1"));
        OrganizationHours rotterdamRow = overview.partners().get(1);
        Path file = new nl.werkbank.core.report.HoursWorkbook(overview, LABELS, DESCRIBE)
                .writeOrganization(folder.resolve("rotterdam.xlsx"), rotterdamRow);
        try (var in = java.nio.file.Files.newInputStream(file);
             var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(in)) {
            var sheet = workbook.getSheetAt(0);
            assertThat(totalOf(sheet, 8)).isEqualTo(4.75);
            java.util.List<String> texts = new java.util.ArrayList<>();
            sheet.forEach(row -> row.forEach(cell -> {
                if (cell.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING) {
                    texts.add(cell.getStringCellValue());
                }
            }));
            assertThat(texts).contains("Sanne de Vries", "Els Jansen", "Per persoon", "Per werkteam", "Voor akkoord",
                    "Naam", "Datum", "Handtekening").doesNotContain("Ahmed Bakker", "Kofi Gast");
            var evaluator = workbook.getCreationHelper().createFormulaEvaluator();
            sheet.forEach(row -> row.forEach(cell -> {
                if (cell.getCellType() == org.apache.poi.ss.usermodel.CellType.FORMULA) {
                    assertThat(evaluator.evaluate(cell).getNumberValue()).isCloseTo(cell.getNumericCellValue(),
                            org.assertj.core.data.Offset.offset(0.000001));
                }
            }));
        }
    }

    @Test
    void theContactPersonIsNamedOnTheOrganisationsFileAndFilledInToSign() throws Exception {
        var els = werkbank.people().list().stream().filter(row -> row.person().name().equals("Els Jansen")).findFirst()
                .orElseThrow().person();
        werkbank.organizations().setContactPerson(rotterdam.id(), els.id());
        assertThat(werkbank.organizations().contactNames()).containsEntry(rotterdam.id(), "Els Jansen");
        HoursOverview overview = werkbank.hours().overview(Period.parse("2022-H1"));
        OrganizationHours rotterdamRow = overview.partners().stream().filter(p -> p.organizationId().equals(rotterdam.id()))
                .findFirst().orElseThrow();
        Path file = new nl.werkbank.core.report.HoursWorkbook(overview, LABELS, DESCRIBE)
                .withContacts(werkbank.organizations().contactNames())
                .writeOrganization(folder.resolve("rotterdam-contact.xlsx"), rotterdamRow);
        try (var in = java.nio.file.Files.newInputStream(file);
             var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(in)) {
            java.util.Map<String, String> beside = new java.util.HashMap<>();
            workbook.getSheetAt(0).forEach(row -> {
                if (row.getCell(0) != null && row.getCell(1) != null
                        && row.getCell(0).getCellType() == org.apache.poi.ss.usermodel.CellType.STRING) {
                    beside.put(row.getCell(0).getStringCellValue(), row.getCell(1).getStringCellValue());
                }
            });
            assertThat(beside).containsEntry("report.contact", "Els Jansen").containsEntry("Naam", "Els Jansen");
        }
    }

    @Test
    void issuedStatementIsFrozenLaterEditsShowAsADifferenceAndACorrectionIsVersionTwo() {
        Period h1 = Period.parse("2022-H1");
        HoursStatement sent = werkbank.statements().issue(h1, rotterdam.id());
        assertThat(sent.version()).isEqualTo(1);
        assertThat(sent.totalHours()).isEqualByComparingTo("4.75");
        assertThat(sent.content()).contains("Sanne de Vries").contains("\"meetingHours\":3.75");
        werkbank.statements().issue(h1, dock.id());
        werkbank.statements().issue(h1, null);
        assertThat(werkbank.statements().issuedTotal(h1)).isEqualByComparingTo("36.25");
        assertThat(werkbank.statements().status(werkbank.hours().overview(h1))).noneMatch(StatementStatus::needsIssuing);

        // Els turns out to have been there on 14 April after all: Rotterdam +2.00 h, nothing sent changes.
        Meeting april = werkbank.meetings().list(team.id(), of(2022, 4, 14), of(2022, 4, 14)).get(0).meeting();
        mark(april, els, AttendanceStatus.PRESENT);
        HoursOverview now = werkbank.hours().overview(h1);
        StatementStatus rotterdamStatus = werkbank.statements().status(now).stream()
                .filter(s -> rotterdam.id().equals(s.organizationId())).findFirst().orElseThrow();
        assertThat(rotterdamStatus.needsIssuing()).isTrue();
        assertThat(rotterdamStatus.hoursDifference()).isEqualByComparingTo("2.00");
        assertThat(werkbank.statements().versions(h1).get(0).totalHours()).isEqualByComparingTo("4.75");
        assertThat(werkbank.statements().issuedTotal(h1)).isEqualByComparingTo("36.25");

        HoursStatement correction = werkbank.statements().issue(h1, rotterdam.id());
        assertThat(correction.version()).isEqualTo(2);
        assertThat(correction.totalHours()).isEqualByComparingTo("6.75");
        assertThat(werkbank.statements().issuedTotal(h1)).isEqualByComparingTo(now.total()).isEqualByComparingTo("38.25");
        assertThat(werkbank.statements().versions(h1)).hasSize(4);
    }

    /** The value in {@code column} of the row whose first cell says "Totaal". */
    private static double totalOf(org.apache.poi.ss.usermodel.Sheet sheet, int column) {
        for (var row : sheet) {
            var first = row.getCell(0);
            if (first != null && first.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING
                    && first.getStringCellValue().equals("Totaal")) {
                return row.getCell(column).getNumericCellValue();
            }
        }
        throw new AssertionError("no total row in " + sheet.getSheetName());
    }

    static final nl.werkbank.core.report.ReportLabels LABELS = nl.werkbank.core.report.ReportLabels.of(java.util.Map.ofEntries(
            java.util.Map.entry("report.title", "In-kind uren"), java.util.Map.entry("report.sheet.summary", "Samenvatting"),
            java.util.Map.entry("report.sheet.lines", "Regels"), java.util.Map.entry("report.overig", "Overig"),
            java.util.Map.entry("report.total", "Totaal"), java.util.Map.entry("report.perPerson", "Per persoon"),
            java.util.Map.entry("report.perTeam", "Per werkteam"), java.util.Map.entry("report.signOff", "Voor akkoord"),
            java.util.Map.entry("report.signOff.name", "Naam"), java.util.Map.entry("report.signOff.date", "Datum"),
            java.util.Map.entry("report.signOff.signature", "Handtekening")));

    static final nl.werkbank.core.report.HoursWorkbook.Describer DESCRIBE = new nl.werkbank.core.report.HoursWorkbook.Describer() {
        public String meetingType(HoursLine line) {
            return line.meetingType().name();
        }

        public String status(HoursLine line) {
            return line.status() == null ? "" : line.status().name();
        }

        public String person(HoursLine line) {
            return line.personName() != null ? line.personName() : line.visitorCategory() + " (" + line.visitors() + ")";
        }

        public String breakdownName(OrganizationHours row) {
            return row.name() != null ? row.name() : row.kind().name();
        }
    };

    private Organization organization(String name, OrganizationType type, LocalDate from, LocalDate to) {
        Organization organization = werkbank.organizations().create(name, type, null, false);
        werkbank.organizations().savePartnership(Partnership.create(organization.id(), PartnershipRole.PARTNER, from, to));
        return organization;
    }

    private Person person(String name, MembershipRole role) {
        Person person = werkbank.people().create(name, null, null, false);
        werkbank.teams().saveMembership(Membership.create(team.id(), person.id(), role, of(2021, 1, 1), null));
        return person;
    }

    private Meeting meeting(LocalDate date) {
        return werkbank.meetings().create(Meeting.create(team.id(), MeetingType.TEAM_MEETING, date, LocalTime.of(14, 0),
                LocalTime.of(16, 0), MeetingMode.PHYSICAL), null);
    }

    private UUID mark(Meeting meeting, Person person, AttendanceStatus status) {
        AttendanceLine line = werkbank.attendance().lines(meeting.id()).stream()
                .filter(l -> l.attendance().personId().equals(person.id())).findFirst().orElseThrow();
        werkbank.attendance().setStatus(line.attendance().id(), status);
        return line.attendance().id();
    }
}
