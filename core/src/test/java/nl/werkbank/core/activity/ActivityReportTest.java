package nl.werkbank.core.activity;

import static java.time.LocalDate.of;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import nl.werkbank.core.Werkbank;
import nl.werkbank.core.activity.ActivityReport.TeamSection;
import nl.werkbank.core.decisions.ActionItem;
import nl.werkbank.core.decisions.ActionStatus;
import nl.werkbank.core.decisions.Decision;
import nl.werkbank.core.decisions.DecisionStatus;
import nl.werkbank.core.decisions.Support;
import nl.werkbank.core.hours.OrganizationHours;
import nl.werkbank.core.hours.Period;
import nl.werkbank.core.learning.FollowUp;
import nl.werkbank.core.learning.FollowUpStatus;
import nl.werkbank.core.learning.LearningForm;
import nl.werkbank.core.learning.LearningLevel;
import nl.werkbank.core.learning.LearningNote;
import nl.werkbank.core.meetings.AttendanceLine;
import nl.werkbank.core.meetings.AttendanceStatus;
import nl.werkbank.core.meetings.Meeting;
import nl.werkbank.core.meetings.MeetingMode;
import nl.werkbank.core.meetings.MeetingType;
import nl.werkbank.core.meetings.VisitorCategory;
import nl.werkbank.core.people.Affiliation;
import nl.werkbank.core.people.Organization;
import nl.werkbank.core.people.OrganizationType;
import nl.werkbank.core.people.Partnership;
import nl.werkbank.core.people.PartnershipRole;
import nl.werkbank.core.people.PartnershipTerms;
import nl.werkbank.core.people.Person;
import nl.werkbank.core.products.Product;
import nl.werkbank.core.products.ProductType;
import nl.werkbank.core.report.ReportLabels;
import nl.werkbank.core.teams.Membership;
import nl.werkbank.core.teams.MembershipRole;
import nl.werkbank.core.teams.Team;
import nl.werkbank.core.testing.TestWerkbank;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A small Werkplaats whose every figure in the activity report of 2021 is known by hand. */
class ActivityReportTest {

    @TempDir
    Path folder;
    Werkbank werkbank;
    Team team;
    Organization gemeente;
    Map<String, Person> people;

    @BeforeEach
    void open() {
        werkbank = TestWerkbank.open(folder);
        team = werkbank.teams().create("Armoede en schulden", false);
        gemeente = werkbank.organizations().create("Gemeente Rotterdam", OrganizationType.MUNICIPALITY, null, false);
        Partnership partnership = werkbank.organizations().savePartnership(
                Partnership.create(gemeente.id(), PartnershipRole.PARTNER, of(2020, 1, 1), null));
        werkbank.organizations().saveTerms(new PartnershipTerms(partnership.id(), new BigDecimal("100"), "Armoede en schulden"));
        people = new java.util.LinkedHashMap<>();
        for (String name : List.of("Anouk", "Bram", "Cem", "Dewi", "Eva")) {
            people.put(name, werkbank.people().create(name + " Test", null, null, false));
        }
        werkbank.people().saveAffiliation(Affiliation.create(people.get("Anouk").id(), gemeente.id(), of(2019, 1, 1), null));
        member("Anouk", of(2020, 1, 1), null);
        Membership bram = member("Bram", of(2020, 1, 1), null);
        member("Dewi", of(2020, 1, 1), of(2021, 3, 31));
        member("Cem", of(2021, 5, 1), null);
        werkbank.teams().handOver(bram.id(), people.get("Eva").id(), of(2021, 6, 30));
    }

    @AfterEach
    void close() {
        werkbank.close();
    }

    private Membership member(String name, LocalDate from, LocalDate to) {
        return werkbank.teams().saveMembership(Membership.create(team.id(), people.get(name).id(), MembershipRole.MEMBER, from, to));
    }

    /** A team meeting with the given people present (everyone else on the list excused). */
    private Meeting meeting(LocalDate date, String... present) {
        Meeting meeting = werkbank.meetings().create(Meeting.create(team.id(), MeetingType.TEAM_MEETING, date, LocalTime.of(14, 0),
                LocalTime.of(16, 0), MeetingMode.PHYSICAL), null);
        List<UUID> here = java.util.Arrays.stream(present).map(name -> people.get(name).id()).toList();
        for (AttendanceLine line : werkbank.attendance().lines(meeting.id())) {
            werkbank.attendance().setStatus(line.attendance().id(),
                    here.contains(line.attendance().personId()) ? AttendanceStatus.PRESENT : AttendanceStatus.EXCUSED);
        }
        return meeting;
    }

    private Meeting cafe(LocalDate date, Integer registrations, Map<VisitorCategory, Integer> visitors) {
        Meeting cafe = werkbank.meetings().create(Meeting.create(null, MeetingType.KNOWLEDGE_CAFE, date, LocalTime.of(15, 0),
                LocalTime.of(17, 0), MeetingMode.ONLINE).withTitle("Kenniscafé " + date).withRegistrations(registrations)
                .withOrganizer(team.id(), "Dialoogtafel"), null);
        visitors.forEach((category, count) -> werkbank.meetings().setVisitors(cafe.id(), category, count));
        return cafe;
    }

    private void build() {
        Meeting before = meeting(of(2020, 11, 12), "Anouk", "Bram", "Dewi");
        Meeting march = meeting(of(2021, 3, 18), "Anouk", "Bram", "Dewi");
        meeting(of(2021, 9, 16), "Anouk", "Cem");

        Decision taken = werkbank.decisions().start(march.id(), "Starten we een inloopspreekuur?");
        werkbank.decisions().save(taken.withOutcome("We starten in mei.", Support.YES, DecisionStatus.DECIDED));
        werkbank.decisions().start(march.id(), "Nog open vraag");
        ActionItem done = werkbank.actions().save(ActionItem.create(march.id(), null, null, "Flyer maken", of(2021, 4, 1), List.of()));
        werkbank.actions().review(done.id(), ActionStatus.DONE, done.dueDate());
        werkbank.actions().save(ActionItem.create(march.id(), null, null, "Ruimte zoeken", of(2021, 5, 1), List.of()));
        werkbank.actions().save(ActionItem.create(before.id(), null, null, "Van vorig jaar", null, List.of()));

        cafe(of(2021, 2, 4), 60, Map.of(VisitorCategory.STUDENT, 30, VisitorCategory.PROFESSIONAL, 12));
        Meeting october = cafe(of(2021, 10, 28), null, Map.of(VisitorCategory.RESIDENT, 20));
        // Three colleagues Anouk brought: they count as the Gemeente's hours and as visitors of the café.
        werkbank.meetings().setOrganizationVisitors(october.id(), gemeente.id(), 3);
        cafe(of(2020, 10, 1), 50, Map.of(VisitorCategory.STUDENT, 99));

        werkbank.learningNotes().save(LearningNote.create(march.id(), LearningLevel.TEAM, LearningForm.INFORMATIVE,
                "Vraag eerst wat mensen zelf al doen", null));
        LearningNote landed = werkbank.learningNotes().save(LearningNote.create(march.id(), LearningLevel.ORGANIZATION,
                LearningForm.TRANSFORMATIVE, "Schuldhulp begint bij vertrouwen", gemeente.id()));
        werkbank.learningNotes().followUp(landed.id(), new FollowUp(FollowUpStatus.EMBEDDED, of(2021, 6, 1),
                "In het werkproces van de wijkteams"));
        werkbank.learningNotes().save(LearningNote.create(before.id(), LearningLevel.INDIVIDUAL, LearningForm.RECIPROCAL,
                "Van vorig jaar", null));

        werkbank.products().save(Product.create(ProductType.BLOG, "Wat schulden met je doen", of(2021, 4, 1),
                List.of(team.id()), List.of(people.get("Anouk").id())).with("https://example.org/blog", null));
        werkbank.products().save(Product.create(ProductType.PODCAST_EPISODE, "Aflevering 1", of(2020, 12, 1),
                List.of(team.id()), List.of()));
    }

    @Test
    void everyFigureOf2021ComesFromTheRecords() {
        build();
        ActivityReport report = werkbank.activity().report(Period.year(2021));

        TeamSection section = report.teams().get(0);
        assertThat(report.teams()).hasSize(1);
        assertThat(section.meetings()).extracting(ActivityReport.MeetingLine::date, ActivityReport.MeetingLine::present)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(of(2021, 3, 18), 3L),
                        org.assertj.core.groups.Tuple.tuple(of(2021, 9, 16), 2L));
        assertThat(section.presentTotal()).isEqualTo(5);
        // 1 January: Anouk, Bram, Dewi. 31 December: Anouk, Cem, Eva (Bram handed over to Eva).
        assertThat(section.membersAtStart()).isEqualTo(3);
        assertThat(section.membersAtEnd()).isEqualTo(3);
        assertThat(section.joined()).containsExactly("Cem Test");
        assertThat(section.left()).containsExactly("Dewi Test");
        assertThat(section.handOvers()).containsExactly("Bram Test → Eva Test");
        assertThat(section.decisionsTaken()).isEqualTo(1);
        assertThat(section.actionsDone()).isEqualTo(1);
        assertThat(section.actionsOpen()).isEqualTo(1);

        ActivityReport.CafeSection cafes = report.cafes();
        assertThat(cafes.cafes()).extracting(ActivityReport.CafeLine::date).containsExactly(of(2021, 2, 4), of(2021, 10, 28));
        assertThat(cafes.cafes().get(0).organizer()).isEqualTo("Armoede en schulden");
        assertThat(cafes.cafes().get(0).form()).isEqualTo("Dialoogtafel");
        assertThat(cafes.cafes().get(0).registrations()).isEqualTo(60);
        assertThat(cafes.cafes().get(0).total()).isEqualTo(42);
        assertThat(cafes.cafes().get(1).organizationVisitors()).isEqualTo(3);
        assertThat(cafes.cafes().get(1).total()).isEqualTo(23);
        assertThat(cafes.organizationVisitors()).isEqualTo(3);
        assertThat(cafes.visitors()).isEqualTo(65);
        assertThat(cafes.averageVisitors()).isEqualByComparingTo("32.5");
        assertThat(cafes.visitorsByCategory()).containsExactlyInAnyOrderEntriesOf(
                Map.of(VisitorCategory.STUDENT, 30, VisitorCategory.PROFESSIONAL, 12, VisitorCategory.RESIDENT, 20));

        assertThat(report.learning().notes()).hasSize(2);
        assertThat(report.learning().byLevel()).containsExactlyInAnyOrderEntriesOf(
                Map.of(LearningLevel.TEAM, 1, LearningLevel.ORGANIZATION, 1));
        assertThat(report.learning().byFollowUp()).containsExactlyInAnyOrderEntriesOf(
                Map.of(FollowUpStatus.OPEN, 1, FollowUpStatus.EMBEDDED, 1));
        assertThat(report.learning().notes()).filteredOn(row -> row.note().level() == LearningLevel.ORGANIZATION).singleElement()
                .satisfies(row -> {
                    assertThat(row.organizationName()).isEqualTo("Gemeente Rotterdam");
                    assertThat(row.followUp().note()).isEqualTo("In het werkproces van de wijkteams");
                });

        assertThat(report.products()).singleElement().satisfies(line -> {
            assertThat(line.product().title()).isEqualTo("Wat schulden met je doen");
            assertThat(line.teams()).containsExactly("Armoede en schulden");
            assertThat(line.authors()).containsExactly("Anouk Test");
        });

        OrganizationHours delivered = werkbank.hours().overview(Period.year(2021)).partners().get(0);
        assertThat(report.partners()).singleElement().satisfies(partner -> {
            assertThat(partner.organization()).isEqualTo("Gemeente Rotterdam");
            assertThat(partner.themes()).isEqualTo("Armoede en schulden");
            assertThat(partner.committed()).isEqualByComparingTo("100.00");
            assertThat(partner.delivered()).isEqualByComparingTo(delivered.totalHours());
        });
        // Anouk (Gemeente) was at both 2021 meetings of two hours; three colleagues came to the 2-hour café of October.
        assertThat(delivered.meetingHours()).isEqualByComparingTo("10.00");
        // A half-year gets half of a year's commitment.
        assertThat(werkbank.activity().report(Period.halfYear(2021, 1)).partners().get(0).committed()).isEqualByComparingTo("50.00");
    }

    @Test
    void theDocumentAndTheAnnexHoldTheSameFigures() throws Exception {
        build();
        ActivityReport report = werkbank.activity().report(Period.year(2021));
        ReportLabels labels = ReportLabels.of(Map.of());
        Path docx = new ActivityDocument(report, labels, Locale.forLanguageTag("nl")).write(folder.resolve("activiteiten.docx"));
        Path xlsx = new ActivityWorkbook(report, labels).write(folder.resolve("bijlage.xlsx"));

        try (InputStream in = Files.newInputStream(docx); XWPFDocument document = new XWPFDocument(in)) {
            XWPFTable cafes = tableWithHeader(document, "activity.col.organizer");
            assertThat(cafes.getRow(1).getCell(0).getText()).isEqualTo("04-02-2021");
            assertThat(cafes.getRow(1).getCell(2).getText()).isEqualTo("Armoede en schulden");
            assertThat(cafes.getRow(1).getCell(6).getText()).isEqualTo("42");
            assertThat(cafes.getRow(3).getCell(6).getText()).as("total row").isEqualTo("65");
            XWPFTable byGroup = tableWithHeader(document, "visitorCategory.STUDENT");
            assertThat(byGroup.getRow(3).getTableCells()).extracting(cell -> cell.getText())
                    .containsExactly("report.total", "30", "20", "12", "0", "0", "3", "65");
            XWPFTable teams = tableWithHeader(document, "activity.col.membersStart");
            assertThat(teams.getRow(1).getTableCells()).extracting(cell -> cell.getText())
                    .containsExactly("Armoede en schulden", "2", "5", "3", "3", "1", "1", "1", "1", "1", "1");
            XWPFTable partners = tableWithHeader(document, "activity.col.committed");
            assertThat(partners.getRow(1).getCell(2).getText()).isEqualTo("100,00");
            assertThat(document.getAllPictures()).as("the two charts").hasSize(2);
            assertThat(document.getParagraphs()).anySatisfy(p -> assertThat(p.getText()).isEqualTo("activity.title 2021"));
        }
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            var cafes = workbook.getSheet("activity.table.cafes");
            assertThat(cafes.getRow(3).getCell(2).getStringCellValue()).isEqualTo("Armoede en schulden");
            assertThat(cafes.getRow(3).getCell(6).getNumericCellValue()).isEqualTo(42);
            assertThat(cafes.getRow(5).getCell(6).getNumericCellValue()).isEqualTo(65);
            assertThat(workbook.getSheet("activity.table.cafeVisitors").getRow(5).getCell(1).getNumericCellValue()).isEqualTo(30);
            var partners = workbook.getSheet("activity.table.partners");
            assertThat(partners.getRow(3).getCell(2).getNumericCellValue()).isEqualTo(100.0);
            assertThat(workbook.getSheet("activity.table.learning").getLastRowNum()).isEqualTo(4);
        }
    }

    private static XWPFTable tableWithHeader(XWPFDocument document, String header) {
        return document.getTables().stream()
                .filter(table -> table.getRow(0).getTableCells().stream().anyMatch(cell -> cell.getText().equals(header)))
                .findFirst().orElseThrow(() -> new AssertionError("no table with " + header));
    }
}
