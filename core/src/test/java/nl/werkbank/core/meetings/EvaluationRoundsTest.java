package nl.werkbank.core.meetings;

import static java.time.LocalDate.of;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import nl.werkbank.core.Werkbank;
import nl.werkbank.core.exchange.ExchangeScope;
import nl.werkbank.core.exchange.ExportOptions;
import nl.werkbank.core.people.Person;
import nl.werkbank.core.report.MeetingMinutes;
import nl.werkbank.core.report.MinutesWorkbook;
import nl.werkbank.core.report.ReportLabels;
import nl.werkbank.core.storage.Sql;
import nl.werkbank.core.testing.TestWerkbank;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A focusgroep's three evaluation rounds are kept like check-ins: one answer per person per question, private ones
 * never in the verslag or a plain export, emptied after the bewaartermijn and on erasure, and carried by the exchange.
 */
class EvaluationRoundsTest {

    private static final String PRIVATE = "Mijn leidinggevende steunt dit werk niet";

    @TempDir
    Path folder;

    @Test
    void answersArePerPersonAndQuestionAndPrivateOnesStayOnTheLaptop() throws Exception {
        try (Werkbank werkbank = TestWerkbank.open(folder.resolve("laptop"))) {
            Meeting meeting = werkbank.meetings().create(Meeting.create(null, MeetingType.FOCUS_GROUP, of(2022, 6, 23),
                    LocalTime.of(15, 0), LocalTime.of(16, 30), MeetingMode.PHYSICAL).withTitle("Terugblik"), null);
            assertThat(meeting.type().hasEvaluationRounds()).isTrue();
            Person anouk = werkbank.people().create("Anouk Test", null, null, false);
            Person bram = werkbank.people().create("Bram Test", null, null, false);
            var rounds = werkbank.rounds();
            rounds.saveEvaluationAnswer(EvaluationAnswer.create(meeting.id(), anouk.id(), EvaluationQuestion.WORKED,
                    "  De mix aan tafel  ", false, false));
            rounds.saveEvaluationAnswer(EvaluationAnswer.create(meeting.id(), anouk.id(), EvaluationQuestion.DID_NOT_WORK,
                    PRIVATE, true, false));
            rounds.saveEvaluationAnswer(EvaluationAnswer.create(meeting.id(), anouk.id(), EvaluationQuestion.IMPROVE,
                    "Eerst iets anders", false, false));
            // A second save of the same question replaces the first.
            rounds.saveEvaluationAnswer(EvaluationAnswer.create(meeting.id(), anouk.id(), EvaluationQuestion.IMPROVE,
                    "Korter vergaderen", false, false));
            rounds.saveEvaluationAnswer(EvaluationAnswer.create(meeting.id(), bram.id(), EvaluationQuestion.WORKED,
                    null, false, true));

            List<EvaluationAnswer> answers = rounds.evaluationAnswers(meeting.id());
            assertThat(answers).hasSize(4);
            assertThat(answers).filteredOn(a -> a.personId().equals(anouk.id()))
                    .extracting(EvaluationAnswer::question, EvaluationAnswer::text).containsExactlyInAnyOrder(
                            org.assertj.core.groups.Tuple.tuple(EvaluationQuestion.WORKED, "De mix aan tafel"),
                            org.assertj.core.groups.Tuple.tuple(EvaluationQuestion.DID_NOT_WORK, PRIVATE),
                            org.assertj.core.groups.Tuple.tuple(EvaluationQuestion.IMPROVE, "Korter vergaderen"));

            // The verslag: per question, the names and answers; a pass as such; the private answer left out.
            Path file = MinutesWorkbook.write(folder.resolve("verslag.xlsx"), MeetingMinutes.collect(werkbank, meeting.id()),
                    ReportLabels.of(Map.of()));
            String rounds2 = sheetText(file, "minutes.sheet.rounds");
            assertThat(rounds2).contains("evaluationQuestion.WORKED", "De mix aan tafel", "Bram Test", "minutes.passed",
                    "evaluationQuestion.IMPROVE", "Korter vergaderen").doesNotContain(PRIVATE).doesNotContain("Eerst iets anders");
            assertThat(rounds2.indexOf("evaluationQuestion.WORKED")).isLessThan(rounds2.indexOf("evaluationQuestion.IMPROVE"));

            // An export without private entries leaves it out; with them, and into another laptop, all four arrive.
            Path plain = werkbank.exchange().export(folder.resolve("plain.json"),
                    new ExportOptions(ExchangeScope.everything(), false)).file();
            assertThat(Files.readString(plain, StandardCharsets.UTF_8)).contains("Korter vergaderen").doesNotContain(PRIVATE);
            Path all = werkbank.exchange().export(folder.resolve("all.json"),
                    new ExportOptions(ExchangeScope.everything(), true)).file();
            try (Werkbank other = TestWerkbank.open(folder.resolve("other"))) {
                other.exchange().apply(other.exchange().read(all));
                assertThat(other.rounds().evaluationAnswers(meeting.id())).hasSize(4)
                        .anySatisfy(a -> assertThat(a.text()).isEqualTo(PRIVATE));
            }

            // Erasure empties the person's answers; the bewaartermijn empties everyone's of older meetings.
            werkbank.erasure().erase(anouk.id());
            assertThat(textsOf(werkbank, anouk)).isZero();
            assertThat(rounds.evaluationAnswers(meeting.id())).hasSize(4);
            rounds.saveEvaluationAnswer(EvaluationAnswer.create(meeting.id(), bram.id(), EvaluationQuestion.IMPROVE,
                    "Vaker buiten", false, false));
            assertThat(rounds.clearTextsBefore(of(2022, 6, 24))).isEqualTo(1);
            assertThat(rounds.evaluationAnswers(meeting.id())).allSatisfy(a -> assertThat(a.text()).isNull());
        }
    }

    private static long textsOf(Werkbank werkbank, Person person) {
        return werkbank.database().transaction(c -> Sql.count(c,
                "SELECT COUNT(*) FROM evaluation_answer WHERE person_id = ? AND text IS NOT NULL", person.id()));
    }

    private static String sheetText(Path file, String sheet) throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(file))) {
            StringBuilder text = new StringBuilder();
            DataFormatter formatter = new DataFormatter();
            workbook.getSheet(sheet).forEach(row -> row.forEach(cell -> text.append(formatter.formatCellValue(cell)).append('\n')));
            return text.toString();
        }
    }
}
