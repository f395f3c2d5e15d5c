package nl.werkbank.core.report;

import static java.time.LocalDate.of;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import nl.werkbank.core.Werkbank;
import nl.werkbank.core.decisions.ActionItem;
import nl.werkbank.core.decisions.Alternative;
import nl.werkbank.core.decisions.ConditionAnswer;
import nl.werkbank.core.decisions.Decision;
import nl.werkbank.core.decisions.DecisionStatus;
import nl.werkbank.core.decisions.MinorityCondition;
import nl.werkbank.core.decisions.Perspective;
import nl.werkbank.core.decisions.Support;
import nl.werkbank.core.decisions.Valence;
import nl.werkbank.core.decisions.Vote;
import nl.werkbank.core.meetings.AttendanceLine;
import nl.werkbank.core.meetings.AttendanceStatus;
import nl.werkbank.core.meetings.CheckIn;
import nl.werkbank.core.meetings.CheckOut;
import nl.werkbank.core.meetings.Meeting;
import nl.werkbank.core.meetings.MeetingMode;
import nl.werkbank.core.meetings.MeetingType;
import nl.werkbank.core.people.Person;
import nl.werkbank.core.teams.Membership;
import nl.werkbank.core.teams.MembershipRole;
import nl.werkbank.core.teams.Team;
import nl.werkbank.core.testing.TestWerkbank;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MinutesWorkbookTest {

    private static final String SECRET = "Mijn moeder ligt in het ziekenhuis";

    @TempDir
    Path folder;

    @Test
    void theVerslagHasEveryPartButNeverAPrivateEntry() throws IOException {
        Path file = folder.resolve("verslag.xlsx");
        try (Werkbank werkbank = TestWerkbank.open(folder.resolve("data"))) {
            Meeting meeting = meetingWithDecision(werkbank);
            MinutesWorkbook.write(file, MeetingMinutes.collect(werkbank, meeting.id()), ReportLabels.of(java.util.Map.of("attendance.late", "{0} min te laat")));
        }
        try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(file))) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(5);
            String meetingSheet = text(workbook.getSheet("minutes.sheet.meeting"));
            assertThat(meetingSheet).contains("Armoede en schulden", "Opening", "Casus bespreken", "Werkvorm: fishbowl", "45");
            String attendance = text(workbook.getSheet("minutes.sheet.attendance"));
            assertThat(attendance).contains("Sanne de Vries", "Gemeente Rotterdam", "attendanceStatus.PRESENT",
                    "attendanceStatus.EXCUSED", "20 min te laat");
            String rounds = text(workbook.getSheet("minutes.sheet.rounds"));
            assertThat(rounds).contains("Ik kom net van een huisbezoek", "Voornemen: folder testen");
            String decisions = text(workbook.getSheet("minutes.sheet.decisions"));
            assertThat(decisions).contains("Starten we een inloopspreekuur?", "Geeft bewoners een vast punt",
                    "Eerst een pilot", "Evaluatie na drie maanden", "conditionAnswer.ADOPTED", "voteOutcome.TIE",
                    "voteOutcome.ADOPTED", "We starten in september", "decisionStatus.DECIDED", "support.RESERVATIONS");
            // Names of perspective authors stay out unless the facilitator chose to show them.
            assertThat(decisions).doesNotContain("Joost Peters");
            String actions = text(workbook.getSheet("minutes.sheet.actions"));
            assertThat(actions).contains("Evaluatie plannen", "Ahmed Bakker", "actionSource.CONDITION");
            Sheet decisionSheet = workbook.getSheet("minutes.sheet.decisions");
            assertThat(decisionSheet.getPrintSetup().getLandscape()).isTrue();
            assertThat(decisionSheet.getRepeatingRows()).isNotNull();
            assertThat(decisionSheet.getColumnWidth(2)).isGreaterThan(40 * 256);
            assertThat(decisionSheet.getFooter().getCenter()).isEqualTo("&P / &N");
            assertThat(decisionSheet.getHeader().getRight()).startsWith("minutes.title");
            Row perspective = java.util.stream.StreamSupport.stream(decisionSheet.spliterator(), false)
                    .filter(row -> row.getCell(0) != null && row.getCell(0).toString().equals("decisionPage.PERSPECTIVES"))
                    .findFirst().orElseThrow();
            assertThat(perspective.getCell(2).getCellStyle().getWrapText()).as("text wraps in the table").isTrue();
            // Every sheet names its part above its table (printed pages 2, 4 and 5 had none).
            for (String part : List.of("minutes.sheet.attendance", "minutes.sheet.decisions", "minutes.sheet.actions")) {
                assertThat(firstColumn(workbook.getSheet(part))).as(part).contains(part);
            }
            // The check-in table has no unlabelled column: every header cell has a name.
            Row checkInHeader = java.util.stream.StreamSupport.stream(workbook.getSheet("minutes.sheet.rounds").spliterator(), false)
                    .filter(row -> row.getCell(0) != null && row.getCell(0).toString().equals("minutes.name")).findFirst().orElseThrow();
            assertThat(checkInHeader).allSatisfy(cell -> assertThat(cell.toString()).isNotBlank());
            assertThat(checkInHeader.getCell(2).toString()).isEqualTo("minutes.energy");
            // A row whose text needs two lines is made two lines tall (spreadsheet programs do not do that on opening).
            Row vote = java.util.stream.StreamSupport.stream(decisionSheet.spliterator(), false)
                    .filter(row -> row.getCell(0) != null && row.getCell(0).toString().equals("decisionPage.VOTE")).findFirst().orElseThrow();
            assertThat(vote.getCell(3).toString().length()).isGreaterThan(50);
            assertThat(vote.getHeightInPoints()).isGreaterThanOrEqualTo(30f);
        }
        assertThat(everyTextInside(file)).doesNotContain(SECRET).contains("Ik kom net van een huisbezoek");
    }

    private static List<String> firstColumn(Sheet sheet) {
        List<String> values = new ArrayList<>();
        sheet.forEach(row -> {
            if (row.getCell(0) != null) {
                values.add(row.getCell(0).toString());
            }
        });
        return values;
    }

    private Meeting meetingWithDecision(Werkbank werkbank) {
        Team team = werkbank.teams().create("Armoede en schulden", false);
        var rotterdam = werkbank.organizations().create("Gemeente Rotterdam", nl.werkbank.core.people.OrganizationType.MUNICIPALITY,
                null, false);
        List<Person> people = new ArrayList<>();
        for (String name : List.of("Sanne de Vries", "Ahmed Bakker", "Joost Peters", "Els Jansen")) {
            Person person = werkbank.people().create(name, null, null, false);
            people.add(person);
            werkbank.teams().saveMembership(Membership.create(team.id(), person.id(), MembershipRole.MEMBER, of(2020, 1, 1), null));
        }
        werkbank.people().saveAffiliation(nl.werkbank.core.people.Affiliation.create(people.get(0).id(), rotterdam.id(),
                of(2020, 1, 1), null));
        Meeting meeting = werkbank.meetings().create(Meeting.create(team.id(), MeetingType.TEAM_MEETING, of(2021, 3, 18),
                LocalTime.of(14, 0), LocalTime.of(16, 0), MeetingMode.PHYSICAL), null);
        for (AttendanceLine line : werkbank.attendance().lines(meeting.id())) {
            werkbank.attendance().setStatus(line.attendance().id(), line.personName().startsWith("Els")
                    ? AttendanceStatus.EXCUSED : AttendanceStatus.PRESENT);
            if (line.personName().startsWith("Ahmed")) {
                werkbank.attendance().setTiming(line.attendance().id(), 20, 0);
            }
        }
        werkbank.agenda().add(meeting.id(), "Opening", null, 10);
        var casus = werkbank.agenda().add(meeting.id(), "Casus bespreken", "Werkvorm: fishbowl", 40);
        werkbank.agenda().save(casus.withActualMinutes(45));
        werkbank.rounds().saveCheckIn(CheckIn.create(meeting.id(), people.get(0).id(), "Ik kom net van een huisbezoek", 4, false, false));
        werkbank.rounds().saveCheckIn(CheckIn.create(meeting.id(), people.get(1).id(), SECRET, 2, true, false));
        werkbank.rounds().saveCheckOut(CheckOut.create(meeting.id(), people.get(0).id(), "Veel geleerd", "Voornemen: folder testen",
                false, false));
        werkbank.rounds().saveCheckOut(CheckOut.create(meeting.id(), people.get(1).id(), SECRET, SECRET, true, false));

        Decision decision = werkbank.decisions().start(meeting.id(), "Starten we een inloopspreekuur?");
        werkbank.decisionSteps().savePerspective(Perspective.create(decision.id(), meeting.id(), "Geeft bewoners een vast punt",
                Valence.PLUS, false, people.get(2).id()));
        werkbank.decisionSteps().saveAlternative(Alternative.create(decision.id(), meeting.id(), "Eerst een pilot", "Te groot"));
        werkbank.decisionSteps().saveVote(Vote.create(decision.id(), meeting.id(), null).withCounts(1, 1, 1));
        werkbank.decisions().nextRound(decision.id());
        werkbank.decisionSteps().saveVote(Vote.create(decision.id(), meeting.id(), null).withCounts(3, 0, 0));
        MinorityCondition condition = werkbank.decisionSteps().saveCondition(MinorityCondition.create(decision.id(), meeting.id(),
                "Evaluatie na drie maanden").with("Evaluatie na drie maanden", ConditionAnswer.ADOPTED, null));
        werkbank.actions().save(ActionItem.create(meeting.id(), decision.id(), condition.id(), "Evaluatie plannen", of(2021, 6, 1),
                List.of(people.get(1).id())));
        werkbank.decisions().save(werkbank.decisions().get(decision.id()).withOutcome("We starten in september", Support.RESERVATIONS,
                DecisionStatus.DECIDED));
        return meeting;
    }

    private static String text(Sheet sheet) {
        DataFormatter formatter = new DataFormatter();
        StringBuilder all = new StringBuilder();
        for (Row row : sheet) {
            for (Cell cell : row) {
                all.append(formatter.formatCellValue(cell)).append('\n');
            }
        }
        return all.toString();
    }

    /** Every XML part of the xlsx, unzipped: what anyone opening the file with any tool could read. */
    private static String everyTextInside(Path file) throws IOException {
        StringBuilder all = new StringBuilder();
        try (InputStream in = Files.newInputStream(file); ZipInputStream zip = new ZipInputStream(in)) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                all.append(new String(zip.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return all.toString();
    }
}
