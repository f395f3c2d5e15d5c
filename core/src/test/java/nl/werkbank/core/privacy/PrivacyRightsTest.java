package nl.werkbank.core.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.werkbank.core.Werkbank;
import nl.werkbank.core.demo.DemoWerkplaats;
import nl.werkbank.core.exchange.ExportOptions;
import nl.werkbank.core.hours.HoursOverview;
import nl.werkbank.core.hours.Period;
import nl.werkbank.core.storage.Sql;
import nl.werkbank.core.testing.TestWerkbank;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Inzage and vergetelheid: everything about one person out; then gone, with every hour total exactly the same. */
class PrivacyRightsTest {

    @TempDir
    Path folder;

    @Test
    void inzageHoldsEverythingAndErasureKeepsEveryHourWhileTheNameTextsAndVotesGoEverywhere() throws Exception {
        try (Werkbank laptop = TestWerkbank.open(folder.resolve("laptop"));
             Werkbank coordinator = TestWerkbank.open(folder.resolve("coordinator"))) {
            DemoWerkplaats.load(laptop, false);
            UUID person = laptop.database().transaction(c -> Sql.one(c, "SELECT p.id FROM person p"
                    + " WHERE EXISTS (SELECT 1 FROM check_in ci WHERE ci.person_id = p.id AND ci.text IS NOT NULL AND ci.private)"
                    + " ORDER BY p.name LIMIT 1", row -> Sql.uuid(row, "id")).orElseThrow());
            // The demo has vote counts only; give this person a ballot of their own (as a roll-call vote would).
            laptop.database().transaction(c -> Sql.update(c, "INSERT INTO decision_ballot (id, vote_id, person_id, choice,"
                    + " created_at, updated_at) SELECT RANDOM_UUID(), id, ?, 'FOR', updated_at, updated_at FROM decision_vote"
                    + " ORDER BY id LIMIT 1", person));
            assertThat(count(laptop, "SELECT COUNT(*) FROM decision_ballot WHERE person_id = ?", person)).isEqualTo(1);
            String name = laptop.people().get(person).name();
            // Demo texts repeat across people: give one private check-in of this person a text only they have.
            String aText = "Alleen van mij: het gaat thuis even niet goed";
            laptop.database().transaction(c -> Sql.update(c, "UPDATE check_in SET text = ? WHERE id = (SELECT id FROM check_in"
                    + " WHERE person_id = ? AND private ORDER BY id LIMIT 1)", aText, person));

            // Inzage: the person's own texts, private ones included, in both files.
            List<Path> files = laptop.personData().write(person, folder.resolve("inzage.json"), folder.resolve("inzage.xlsx"));
            assertThat(Files.readString(files.get(0))).contains(name).contains(aText).contains("\"attendance\"");
            assertThat(files.get(1)).exists().isNotEmptyFile();

            Path before = laptop.exchange().export(folder.resolve("voor.werkbank"), new ExportOptions(
                    nl.werkbank.core.exchange.ExchangeScope.everything(), true)).file();
            coordinator.exchange().apply(coordinator.exchange().read(before));
            List<Period> periods = laptop.hours().halfYearsWithLines();
            Map<Period, HoursOverview> hours = new java.util.HashMap<>();
            periods.forEach(p -> hours.put(p, laptop.hours().overview(p)));
            laptop.statements().issue(periods.get(0), null);
            var issued = laptop.statements().issuedTotal(periods.get(0));
            long votes = count(laptop, "SELECT COALESCE(SUM(votes_for + votes_against), 0) FROM decision_vote");

            PersonErasure.Erased erased = laptop.erasure().erase(person);
            assertThat(erased.ballots()).isPositive();
            assertThat(erased.roundTexts()).isPositive();

            for (Period period : periods) {
                HoursOverview after = laptop.hours().overview(period);
                assertThat(after.total()).as(period.label()).isEqualByComparingTo(hours.get(period).total());
                assertThat(after.partners()).as(period.label()).isEqualTo(hours.get(period).partners());
                assertThat(after.overig().totalHours()).isEqualByComparingTo(hours.get(period).overig().totalHours());
            }
            assertThat(laptop.statements().issuedTotal(periods.get(0))).isEqualByComparingTo(issued);
            assertThat(count(laptop, "SELECT COALESCE(SUM(votes_for + votes_against), 0) FROM decision_vote")).isEqualTo(votes);
            assertThat(laptop.people().get(person).name()).isEqualTo(PersonErasure.anonymousName(person));
            assertThat(count(laptop, "SELECT COUNT(*) FROM decision_ballot WHERE person_id = ?", person)).isZero();

            // In no export any more, private texts included.
            Path after = laptop.exchange().export(folder.resolve("na.json"), new ExportOptions(
                    nl.werkbank.core.exchange.ExchangeScope.everything(), true)).file();
            assertThat(Files.readString(after, StandardCharsets.UTF_8)).doesNotContain(name).doesNotContain(aText);

            // The erasure travels, and the older file does not bring anything back.
            coordinator.exchange().apply(coordinator.exchange().read(after));
            assertThat(coordinator.people().get(person).name()).isEqualTo(PersonErasure.anonymousName(person));
            assertThat(count(coordinator, "SELECT COUNT(*) FROM check_in WHERE person_id = ? AND text IS NOT NULL", person)).isZero();
            assertThat(count(coordinator, "SELECT COUNT(*) FROM decision_ballot WHERE person_id = ?", person)).isZero();
            try (Werkbank third = TestWerkbank.open(folder.resolve("third"))) {
                // A laptop that still has the old state sends it later: nothing of the person comes back.
                third.exchange().apply(third.exchange().read(before));
                Path old = third.exchange().export(folder.resolve("oud.werkbank"), new ExportOptions(
                        nl.werkbank.core.exchange.ExchangeScope.everything(), true)).file();
                laptop.exchange().apply(laptop.exchange().read(old));
            }
            assertThat(laptop.people().get(person).name()).isEqualTo(PersonErasure.anonymousName(person));
            assertThat(count(laptop, "SELECT COUNT(*) FROM check_in WHERE person_id = ? AND text IS NOT NULL", person)).isZero();
            assertThat(count(laptop, "SELECT COUNT(*) FROM decision_ballot WHERE person_id = ?", person)).isZero();
            assertThat(Files.readString(laptop.exchange().export(folder.resolve("weer.json"), new ExportOptions(
                    nl.werkbank.core.exchange.ExchangeScope.everything(), true)).file())).doesNotContain(name);
        }
    }

    @Test
    void theBewaartermijnRemovesOldRoundTextsOnly() {
        try (Werkbank werkbank = TestWerkbank.open(folder.resolve("data"))) {
            DemoWerkplaats.load(werkbank, false);
            long texts = count(werkbank, "SELECT COUNT(*) FROM check_in WHERE text IS NOT NULL");
            assertThat(texts).isPositive();
            assertThat(werkbank.roundRetention().apply(12 * 40)).isZero();
            assertThat(werkbank.roundRetention().apply(1)).isPositive();
            assertThat(count(werkbank, "SELECT COUNT(*) FROM check_in WHERE text IS NOT NULL")).isZero();
            assertThat(count(werkbank, "SELECT COUNT(*) FROM check_in")).isPositive();
        }
    }

    private static long count(Werkbank werkbank, String sql, Object... params) {
        return werkbank.database().transaction(c -> Sql.count(c, sql, params));
    }
}
