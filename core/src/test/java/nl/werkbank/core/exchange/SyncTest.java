package nl.werkbank.core.exchange;

import static nl.werkbank.core.exchange.SyncLaptops.account;
import static nl.werkbank.core.exchange.SyncLaptops.connect;
import static nl.werkbank.core.exchange.SyncLaptops.count;
import static nl.werkbank.core.exchange.SyncLaptops.differences;
import static nl.werkbank.core.exchange.SyncLaptops.holdings;
import static nl.werkbank.core.exchange.SyncLaptops.sync;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.werkbank.core.Werkbank;
import nl.werkbank.core.demo.DemoWerkplaats;
import nl.werkbank.core.meetings.MeetingRow;
import nl.werkbank.core.people.Person;
import nl.werkbank.core.server.ServerAccess;
import nl.werkbank.core.testing.TestPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Laptops syncing with a real PostgreSQL server: the first laptop sends its Werkplaats, a new laptop receives all of
 * it, edits and deletions travel both ways with the exchange's rules (conflicts kept on the laptop that sees both), and
 * a second round changes nothing.
 */
class SyncTest {

    @TempDir
    Path folder;

    @Test
    void laptopsEndWithTheSameWerkplaatsAndASecondRoundChangesNothing() throws Exception {
        try (TestPostgres server = TestPostgres.freshDatabase()) {
            SyncLaptops.init(server);
            String jan = account(server, "jan", ServerAccess.Role.COORDINATOR, null);
            String els = account(server, "els", ServerAccess.Role.COORDINATOR, null);
            TickingClock clock = new TickingClock(Duration.ZERO);
            try (Werkbank a = SyncLaptops.open(folder.resolve("a"), clock); Werkbank b = SyncLaptops.open(folder.resolve("b"), clock)) {
                DemoWerkplaats.load(a, false);
                long waiting = a.sync().waiting();
                connect(a, server, jan);
                assertThat(a.sync().waiting()).isEqualTo(waiting);
                SyncResult first = sync(a);
                assertThat(first.sent()).isEqualTo(waiting);
                assertThat(a.sync().waiting()).isZero();
                assertThat(count(server, "SELECT COUNT(*) FROM meeting")).isEqualTo(a.info().recordCounts().get("meeting"));

                connect(b, server, els);
                SyncResult pulled = sync(b);
                assertThat(pulled.sent()).isZero();
                assertThat(differences(holdings(b, folder), holdings(a, folder))).isEmpty();

                // Offline on both: A renames a meeting, B deletes another and renames a person.
                List<MeetingRow> meetings = a.meetings().list(null, LocalDate.of(2000, 1, 1), LocalDate.of(2100, 1, 1));
                UUID renamed = meetings.get(0).meeting().id();
                UUID deleted = meetings.get(1).meeting().id();
                a.meetings().save(a.meetings().get(renamed).withTitle("Hernoemd op A"));
                b.meetings().delete(deleted);
                Person person = b.people().list().get(0).person();
                b.people().save(b.people().get(person.id()).withName("Hernoemd op B"), true);

                assertThat(sync(a).sent()).isEqualTo(1);
                SyncResult fromB = sync(b);
                assertThat(fromB.receivedCount()).isEqualTo(1);
                assertThat(fromB.sent()).isGreaterThanOrEqualTo(2);
                sync(a);
                assertThat(a.meetings().get(renamed).title()).isEqualTo("Hernoemd op A");
                assertThat(b.meetings().get(renamed).title()).isEqualTo("Hernoemd op A");
                assertThat(a.people().get(person.id()).name()).isEqualTo("Hernoemd op B");
                assertThat(a.meetings().list(null, LocalDate.of(2000, 1, 1), LocalDate.of(2100, 1, 1)))
                        .noneMatch(row -> row.meeting().id().equals(deleted));
                assertThat(differences(holdings(a, folder), holdings(b, folder))).isEmpty();

                long changes = count(server, "SELECT COUNT(*) FROM werkbank_server.change");
                for (Werkbank laptop : List.of(a, b)) {
                    SyncResult again = sync(laptop);
                    assertThat(again.sent()).isZero();
                    assertThat(again.receivedCount()).isZero();
                }
                assertThat(count(server, "SELECT COUNT(*) FROM werkbank_server.change")).isEqualTo(changes);
            }
        }
    }

    @Test
    void theSameRecordEditedOnTwoLaptopsGoesToTheNewestAndTheOtherVersionIsKeptAsAConflict() throws Exception {
        try (TestPostgres server = TestPostgres.freshDatabase()) {
            SyncLaptops.init(server);
            TickingClock clock = new TickingClock(Duration.ZERO);
            try (Werkbank a = SyncLaptops.open(folder.resolve("a"), clock); Werkbank b = SyncLaptops.open(folder.resolve("b"), clock)) {
                SyncLaptops.demoSentBy(a, b, server);
                sync(b);
                UUID meeting = a.meetings().list(null, LocalDate.of(2000, 1, 1), LocalDate.of(2100, 1, 1)).get(0).meeting().id();
                a.meetings().save(a.meetings().get(meeting).withTitle("Eerst, op A"));
                b.meetings().save(b.meetings().get(meeting).withTitle("Later, op B"));

                assertThat(sync(a).conflicts()).isEmpty();
                SyncResult atB = sync(b);
                // B sees both: its own, newer version stays and A's is kept for the user, as with an exchange file.
                assertThat(atB.conflicts()).hasSize(1);
                assertThat(b.exchange().openConflicts()).hasSize(1);
                sync(a);
                assertThat(a.meetings().get(meeting).title()).isEqualTo("Later, op B");
                assertThat(b.meetings().get(meeting).title()).isEqualTo("Later, op B");
                assertThat(count(server, "SELECT COUNT(*) FROM meeting WHERE title = 'Later, op B'")).isEqualTo(1);
            }
        }
    }

    @Test
    void aPushNotedInPiecesLeavesNothingWaiting() throws Exception {
        try (TestPostgres server = TestPostgres.freshDatabase()) {
            SyncLaptops.init(server);
            try (Werkbank a = SyncLaptops.open(folder.resolve("a"), new TickingClock(Duration.ZERO))) {
                DemoWerkplaats.load(a, false);
                long waiting = a.sync().waiting();
                connect(a, server, account(server, "jan", ServerAccess.Role.COORDINATOR, null));
                a.sync().markInChunksOf(500);
                assertThat(sync(a).sent()).isEqualTo(waiting).isGreaterThan(2_000);
                assertThat(a.sync().waiting()).isZero();
                assertThat(sync(a).sent()).as("nothing goes twice").isZero();
            }
        }
    }

}
