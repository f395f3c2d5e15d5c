package nl.werkbank.core.imports;

import static java.time.LocalDate.of;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalTime;
import java.util.Map;
import java.util.Set;
import nl.werkbank.core.Werkbank;
import nl.werkbank.core.common.Progress;
import nl.werkbank.core.meetings.AttendanceLine;
import nl.werkbank.core.meetings.AttendanceStatus;
import nl.werkbank.core.meetings.CheckIn;
import nl.werkbank.core.meetings.Meeting;
import nl.werkbank.core.meetings.MeetingMode;
import nl.werkbank.core.meetings.MeetingType;
import nl.werkbank.core.people.Affiliation;
import nl.werkbank.core.people.Organization;
import nl.werkbank.core.people.OrganizationType;
import nl.werkbank.core.people.Person;
import nl.werkbank.core.teams.Membership;
import nl.werkbank.core.teams.MembershipRole;
import nl.werkbank.core.teams.Team;
import nl.werkbank.core.testing.TestWerkbank;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One presentielijst per meeting, as CSV: read, matched, previewed, imported once, merged, undone. */
class ListImportTest {

    /** Saved by Excel on a Dutch Windows laptop: semicolons, Windows-1252, a title and the date above the table. */
    static final String LIST = """
            Presentielijst werkteam Armoede en schulden;;
            Datum: 14-3-2019;;
            Tijd: 19.00 - 21.00 uur;;
            ;;
            Naam;Organisatie;Aanwezig
            sanne de vries;;x
            Vries, Pieter de;Gemeente Rotterdam;online
            Noor Bakker;;afgemeld
            José Martínez;Stichting Buurtkracht;ja
            Ahmed Benali;;
            """;

    @TempDir
    Path folder;
    Werkbank werkbank;
    Team team;
    Person sanne;

    @BeforeEach
    void build() {
        werkbank = TestWerkbank.open(folder.resolve("data"));
        Organization rotterdam = werkbank.organizations().create("Gemeente Rotterdam", OrganizationType.MUNICIPALITY, null, false);
        team = werkbank.teams().create("Armoede en schulden", false);
        sanne = werkbank.people().create("Sanne de Vries", null, null, false);
        werkbank.people().saveAffiliation(Affiliation.create(sanne.id(), rotterdam.id(), of(2018, 1, 1), null));
        werkbank.teams().saveMembership(Membership.create(team.id(), sanne.id(), MembershipRole.CORE_MEMBER, of(2018, 1, 1), null));
        werkbank.people().create("Pieter de Vries", null, null, false);
        werkbank.people().create("Noor Bakker", null, null, false);
        werkbank.people().create("Ahmed Benali", null, null, false);
    }

    @AfterEach
    void close() {
        werkbank.close();
    }

    @Test
    void aWindowsCsvListBecomesOneMeetingWithItsLinesAndCanBeUndoneExactly() throws Exception {
        Path file = write("14-3-2019.csv", LIST, Charset.forName("windows-1252"));
        var imports = werkbank.attendanceImport();
        SpreadsheetFile read = imports.read(file);
        assertThat(read.readAs()).isEqualTo(new SpreadsheetFile.ReadAs("csv", "semicolon", "Windows-1252"));
        ImportMapping mapping = imports.propose(read, team.id());
        assertThat(mapping.layout()).isEqualTo(Layout.LIST);
        assertThat(mapping.headerRow()).isEqualTo(5);
        assertThat(mapping.columns()).isEqualTo(Map.of(0, ColumnRole.NAME, 1, ColumnRole.ORGANIZATION, 2, ColumnRole.PRESENCE));
        ImportPlan plan = imports.plan(read, mapping, Progress.NONE);
        assertThat(plan.meetings()).singleElement().satisfies(m -> {
            assertThat(m.date()).isEqualTo(of(2019, 3, 14));
            assertThat(m.start()).isEqualTo(LocalTime.of(19, 0));
            assertThat(m.lines()).extracting(PlannedLine::name, PlannedLine::status).containsExactly(
                    org.assertj.core.groups.Tuple.tuple("sanne de vries", AttendanceStatus.PRESENT),
                    org.assertj.core.groups.Tuple.tuple("Vries, Pieter de", AttendanceStatus.ONLINE),
                    org.assertj.core.groups.Tuple.tuple("Noor Bakker", AttendanceStatus.EXCUSED),
                    org.assertj.core.groups.Tuple.tuple("José Martínez", AttendanceStatus.PRESENT),
                    org.assertj.core.groups.Tuple.tuple("Ahmed Benali", AttendanceStatus.ABSENT));
        });
        Map<String, Long> before = werkbank.info().recordCounts();

        ImportPreview preview = imports.preview(plan, team.id(), ImportChoices.NONE, Progress.NONE);
        assertThat(preview.meetings()).singleElement().satisfies(m -> {
            assertThat(m.existing()).isFalse();
            assertThat(m.added()).isEqualTo(5);
        });
        assertThat(preview.people()).extracting(NamePreview::name, NamePreview::kind).contains(
                org.assertj.core.groups.Tuple.tuple("José Martínez", NamePreview.Kind.NEW),
                org.assertj.core.groups.Tuple.tuple("Vries, Pieter de", NamePreview.Kind.EXISTING));
        assertThat(preview.organizations()).extracting(NamePreview::name, NamePreview::kind).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Gemeente Rotterdam", NamePreview.Kind.EXISTING),
                org.assertj.core.groups.Tuple.tuple("Stichting Buurtkracht", NamePreview.Kind.NEW));
        assertThat(werkbank.info().recordCounts()).as("the preview changes nothing").isEqualTo(before);
        assertThatThrownBy(() -> imports.apply(plan, team.id(), ImportChoices.NONE, Progress.NONE))
                .isInstanceOf(ImportFileException.class).hasMessageContaining("error.attendanceImport.confirm");
        assertThat(werkbank.info().recordCounts()).isEqualTo(before);

        ImportPreview done = imports.apply(plan, team.id(), ImportChoices.CONFIRMED, Progress.NONE);
        Meeting meeting = werkbank.meetings().teamMeetingOn(team.id(), of(2019, 3, 14)).orElseThrow();
        assertThat(meeting.mode()).isEqualTo(MeetingMode.PHYSICAL);
        var lines = werkbank.attendance().lines(meeting.id());
        assertThat(lines).hasSize(5);
        AttendanceLine sanneLine = lines.stream().filter(l -> l.attendance().personId().equals(sanne.id())).findFirst().orElseThrow();
        assertThat(sanneLine.organizationName()).as("the affiliation of the day, as for typed attendance").isEqualTo("Gemeente Rotterdam");
        assertThat(sanneLine.attendance().role()).isEqualTo(MembershipRole.CORE_MEMBER);
        assertThat(lines).filteredOn(l -> l.personName().equals("José Martínez")).singleElement().satisfies(l -> {
            assertThat(l.organizationName()).isEqualTo("Stichting Buurtkracht");
            assertThat(l.attendance().guest()).isTrue();
        });
        assertThat(imports.batches()).singleElement().satisfies(b -> {
            assertThat(b.id()).isEqualTo(done.batchId());
            assertThat(b.lines()).isEqualTo(5);
            assertThat(b.teamName()).isEqualTo("Armoede en schulden");
        });

        // The same file again joins the meeting: nothing new, nothing duplicated.
        ImportPreview again = imports.preview(imports.plan(imports.read(file), mapping, Progress.NONE), team.id(),
                ImportChoices.NONE, Progress.NONE);
        assertThat(again.meetings()).singleElement().satisfies(m -> {
            assertThat(m.existing()).isTrue();
            assertThat(m.same()).isEqualTo(5);
            assertThat(m.added()).isZero();
        });
        assertThat(again.needsConfirmation()).isFalse();

        imports.undo(done.batchId());
        assertThat(werkbank.info().recordCounts()).as("undo removes exactly what the import added").isEqualTo(before);
        assertThat(imports.batches()).singleElement().satisfies(b -> assertThat(b.undoneAt()).isNotNull());
        assertThatThrownBy(() -> imports.undo(done.batchId())).isInstanceOf(ImportFileException.class);
    }

    @Test
    void aSecondFileChangesOnlyTheLinesThatDifferAndItsUndoPutsThemBack() throws Exception {
        var imports = werkbank.attendanceImport();
        Meeting typed = werkbank.meetings().create(Meeting.create(team.id(), MeetingType.TEAM_MEETING, of(2019, 3, 14),
                LocalTime.of(19, 0), LocalTime.of(21, 0), MeetingMode.PHYSICAL), null);
        var line = werkbank.attendance().lines(typed.id()).get(0);
        werkbank.attendance().setStatus(line.attendance().id(), AttendanceStatus.ABSENT);
        Path file = write("lijst.csv", "Datum,14-03-2019\nNaam,Handtekening\nSanne de Vries,S. de Vries\n", StandardCharsets.UTF_8);
        SpreadsheetFile read = imports.read(file);
        assertThat(read.readAs().separator()).isEqualTo("comma");
        ImportPlan plan = imports.plan(read, imports.propose(read, team.id()), Progress.NONE);
        ImportPreview done = imports.apply(plan, team.id(), ImportChoices.NONE, Progress.NONE);
        assertThat(done.meetings()).singleElement().satisfies(m -> {
            assertThat(m.existing()).isTrue();
            assertThat(m.changed()).isEqualTo(1);
        });
        assertThat(werkbank.attendance().lines(typed.id()).get(0).attendance().status()).isEqualTo(AttendanceStatus.PRESENT);
        imports.undo(done.batchId());
        assertThat(werkbank.attendance().lines(typed.id()).get(0).attendance().status()).isEqualTo(AttendanceStatus.ABSENT);
        assertThat(werkbank.meetings().teamMeetingOn(team.id(), of(2019, 3, 14))).as("the typed meeting stays").isPresent();
    }

    @Test
    void aSimilarNameIsProposedAndBecomesANewPersonWhenRejected() throws Exception {
        var imports = werkbank.attendanceImport();
        Path file = write("lijst.csv", "Datum: 14 maart 2019\nNaam\nSanne de Vris\n", StandardCharsets.UTF_8);
        SpreadsheetFile read = imports.read(file);
        ImportPlan plan = imports.plan(read, imports.propose(read, team.id()), Progress.NONE);
        ImportPreview preview = imports.preview(plan, team.id(), ImportChoices.NONE, Progress.NONE);
        assertThat(preview.people()).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(NamePreview.Kind.SIMILAR);
            assertThat(p.match()).isEqualTo("Sanne de Vries");
            assertThat(p.firstSeen()).isEqualTo("lijst!A3");
        });
        ImportPreview accepted = imports.preview(plan, team.id(), ImportChoices.CONFIRMED, Progress.NONE);
        assertThat(accepted.meetings().get(0).added()).isEqualTo(1);
        long peopleBefore = werkbank.people().list().size();
        imports.apply(plan, team.id(), new ImportChoices(true, Set.of("Sanne de Vris")), Progress.NONE);
        assertThat(werkbank.people().list()).hasSize((int) peopleBefore + 1);
    }

    @Test
    void aPersonIsMeantByOneNameOfTheFileAtMostAndALongSharedBeginningIsNoMatch() throws Exception {
        var imports = werkbank.attendanceImport();
        werkbank.people().create("Deelnemer Meting 12", null, null, false);
        Path file = write("lijst.csv", "Datum: 14-3-2019\nNaam\nSanne de Vris\nSanne de Vrie\nDeelnemer Groot 12\n", StandardCharsets.UTF_8);
        SpreadsheetFile read = imports.read(file);
        ImportPlan plan = imports.plan(read, imports.propose(read, team.id()), Progress.NONE);
        ImportPreview preview = imports.preview(plan, team.id(), ImportChoices.CONFIRMED, Progress.NONE);
        assertThat(preview.people()).extracting(NamePreview::name, NamePreview::kind).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Sanne de Vris", NamePreview.Kind.SIMILAR),
                org.assertj.core.groups.Tuple.tuple("Sanne de Vrie", NamePreview.Kind.NEW),
                org.assertj.core.groups.Tuple.tuple("Deelnemer Groot 12", NamePreview.Kind.NEW));
        assertThat(preview.meetings().get(0).added()).as("three lines, none overwriting another").isEqualTo(3);
    }

    @Test
    void undoIsRefusedOnceTheImportedMeetingWasWorkedOn() throws Exception {
        var imports = werkbank.attendanceImport();
        Path file = write("lijst.csv", "Datum: 14-3-2019\nNaam;Aanwezig\nSanne de Vries;x\n", StandardCharsets.UTF_8);
        SpreadsheetFile read = imports.read(file);
        ImportPreview done = imports.apply(imports.plan(read, imports.propose(read, team.id()), Progress.NONE), team.id(),
                ImportChoices.NONE, Progress.NONE);
        Meeting meeting = werkbank.meetings().teamMeetingOn(team.id(), of(2019, 3, 14)).orElseThrow();
        werkbank.rounds().saveCheckIn(CheckIn.create(meeting.id(), sanne.id(), "Goed", 4, false, false));
        assertThatThrownBy(() -> imports.undo(done.batchId())).isInstanceOf(ImportFileException.class)
                .hasMessageContaining("error.attendanceImport.undoChanged");
        assertThat(werkbank.attendance().lines(meeting.id())).as("nothing undone").hasSize(1);
    }

    @Test
    void theMappingChosenForAFileIsOfferedForTheNextFileWithTheSameHeaders() throws Exception {
        var imports = werkbank.attendanceImport();
        Path first = write("a.csv", "Datum: 14-3-2019\nWie;Waar;Hoe\nSanne de Vries;;x\n", StandardCharsets.UTF_8);
        SpreadsheetFile read = imports.read(first);
        ImportMapping guessed = imports.propose(read, team.id());
        assertThat(guessed.columns()).as("no header it knows").isEmpty();
        ImportMapping chosen = guessed.withHeaderRow(2).withColumn(0, ColumnRole.NAME).withColumn(2, ColumnRole.PRESENCE);
        imports.apply(imports.plan(read, chosen, Progress.NONE), team.id(), ImportChoices.NONE, Progress.NONE);

        SpreadsheetFile next = imports.read(write("b.csv", "Datum: 11-4-2019\nWie;Waar;Hoe\nSanne de Vries;;o\n", StandardCharsets.UTF_8));
        assertThat(imports.propose(next, team.id()).columns()).isEqualTo(Map.of(0, ColumnRole.NAME, 2, ColumnRole.PRESENCE));
    }

    private Path write(String name, String text, Charset charset) throws Exception {
        Path file = folder.resolve(name);
        Files.write(file, text.getBytes(charset));
        return file;
    }
}
