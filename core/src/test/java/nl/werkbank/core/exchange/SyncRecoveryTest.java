package nl.werkbank.core.exchange;

import static nl.werkbank.core.exchange.SyncLaptops.count;
import static nl.werkbank.core.exchange.SyncLaptops.differences;
import static nl.werkbank.core.exchange.SyncLaptops.holdings;
import static nl.werkbank.core.exchange.SyncLaptops.sync;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import nl.werkbank.core.Werkbank;
import nl.werkbank.core.common.CancelledException;
import nl.werkbank.core.common.Progress;
import nl.werkbank.core.storage.Sql;
import nl.werkbank.core.testing.TestPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A sync that stops half-way resumes without loss or duplicates, and a laptop whose clock is hours ahead cannot make
 * its older edit win (ADR 0022).
 */
class SyncRecoveryTest {

    @TempDir
    Path folder;

    @Test
    void aLaptopClockHoursAheadDoesNotLetItsOlderEditWin() throws Exception {
        try (TestPostgres server = TestPostgres.freshDatabase()) {
            SyncLaptops.init(server);
            try (Werkbank a = SyncLaptops.open(folder.resolve("a"), new TickingClock(Duration.ZERO));
                 Werkbank ahead = SyncLaptops.open(folder.resolve("ahead"), new TickingClock(Duration.ofHours(3)))) {
                SyncLaptops.demoSentBy(a, ahead, server);
                sync(ahead);
                UUID meeting = anyMeeting(a);

                ahead.meetings().save(ahead.meetings().get(meeting).withTitle("Eerst, met een klok die 3 uur voorloopt"));
                SyncResult sent = sync(ahead);
                assertThat(sent.clockOffset()).isBetween(Duration.ofMinutes(179), Duration.ofMinutes(181));
                assertThat(sent.restamped()).isEqualTo(1);
                Instant onServer = updatedOnServer(server, meeting);
                assertThat(onServer).isBefore(Instant.now().plusSeconds(5));
                assertThat(ahead.meetings().get(meeting).updatedAt()).isEqualTo(onServer);

                a.meetings().save(a.meetings().get(meeting).withTitle("Later, op een laptop met de goede tijd"));
                sync(a);
                sync(ahead);
                assertThat(a.meetings().get(meeting).title()).isEqualTo("Later, op een laptop met de goede tijd");
                assertThat(ahead.meetings().get(meeting).title()).isEqualTo("Later, op een laptop met de goede tijd");
            }
        }
    }

    @Test
    void aSyncStoppedHalfWayOrLostAfterTheServerSavedResumesWithoutLossOrDuplicates() throws Exception {
        try (TestPostgres server = TestPostgres.freshDatabase()) {
            SyncLaptops.init(server);
            TickingClock clock = new TickingClock(Duration.ZERO);
            try (Werkbank a = SyncLaptops.open(folder.resolve("a"), clock); Werkbank b = SyncLaptops.open(folder.resolve("b"), clock)) {
                SyncLaptops.demoSentBy(a, b, server);

                // The first pull into B is stopped during its merge: nothing is kept, and the next sync does all of it.
                AtomicBoolean stop = new AtomicBoolean();
                Progress stopping = new Progress() {
                    @Override
                    public void update(long done, long total) {
                        stop.set(true);
                    }

                    @Override
                    public boolean cancelled() {
                        return stop.get();
                    }
                };
                assertThatThrownBy(() -> b.sync().sync(stopping)).isInstanceOf(CancelledException.class);
                assertThat(b.info().recordCounts().getOrDefault("meeting", 0L)).isZero();
                assertThat(b.sync().state().orElseThrow().pulledSeq()).isZero();
                sync(b);
                assertThat(differences(holdings(b, folder), holdings(a, folder))).isEmpty();

                // A sends an edit; the server saves it, but A is killed before it notes that (put back by hand here).
                UUID meeting = anyMeeting(a);
                long seqBefore = a.sync().state().orElseThrow().pulledSeq();
                Instant baseBefore = exchangedAt(a, meeting);
                a.meetings().save(a.meetings().get(meeting).withTitle("Verstuurd vlak voor de crash"));
                assertThat(sync(a).sent()).isEqualTo(1);
                a.database().transaction(c -> Sql.update(c, "UPDATE meeting SET exchanged_at = ? WHERE id = ?", baseBefore, meeting)
                        + Sql.update(c, "UPDATE sync_state SET pulled_seq = ?", seqBefore));
                assertThat(a.sync().waiting()).isEqualTo(1);
                long changes = count(server, "SELECT COUNT(*) FROM werkbank_server.change");

                SyncResult resumed = sync(a);
                assertThat(resumed.conflicts()).isEmpty();
                assertThat(resumed.sent()).isZero();
                assertThat(a.sync().waiting()).isZero();
                assertThat(count(server, "SELECT COUNT(*) FROM werkbank_server.change")).isEqualTo(changes);
                sync(b);
                assertThat(b.meetings().get(meeting).title()).isEqualTo("Verstuurd vlak voor de crash");
                assertThat(differences(holdings(b, folder), holdings(a, folder))).isEmpty();
                assertThat(b.exchange().openConflicts()).isEmpty();
            }
        }
    }

    @Test
    void anEditMadeAfterTheClockWasSetBackIsStillSent() throws Exception {
        try (TestPostgres server = TestPostgres.freshDatabase()) {
            SyncLaptops.init(server);
            TickingClock fast = new TickingClock(Duration.ofDays(2));
            try (Werkbank a = SyncLaptops.open(folder.resolve("a"), fast);
                 Werkbank b = SyncLaptops.open(folder.resolve("b"), new TickingClock(Duration.ZERO))) {
                SyncLaptops.demoSentBy(a, b, server);
                UUID meeting = anyMeeting(a);
                a.meetings().save(a.meetings().get(meeting).withTitle("Voor het gelijkzetten"));
                sync(a);
                // The clock of A was two days fast and is set right: its next edit is stamped before its last push.
                fast.set(Duration.ZERO);
                a.meetings().save(a.meetings().get(meeting).withTitle("Na het gelijkzetten"));
                assertThat(a.sync().waiting()).isEqualTo(1);
                assertThat(sync(a).sent()).isEqualTo(1);
                sync(b);
                assertThat(b.meetings().get(meeting).title()).isEqualTo("Na het gelijkzetten");
            }
        }
    }

    @Test
    void aConnectionCutWhileThePushWaitsChangesNothingAndTheNextSyncSendsIt() throws Exception {
        try (TestPostgres server = TestPostgres.freshDatabase()) {
            SyncLaptops.init(server);
            TickingClock clock = new TickingClock(Duration.ZERO);
            try (Werkbank a = SyncLaptops.open(folder.resolve("a"), clock); Werkbank b = SyncLaptops.open(folder.resolve("b"), clock)) {
                SyncLaptops.demoSentBy(a, b, server);
                UUID meeting = anyMeeting(a);
                a.meetings().save(a.meetings().get(meeting).withTitle("Verstuurd toen het netwerk wegviel"));
                long changes = count(server, "SELECT COUNT(*) FROM werkbank_server.change");
                try (java.sql.Connection holder = server.dataSource().getConnection();
                     java.sql.Statement lock = holder.createStatement()) {
                    // Another writer holds the server's write lock: A's push waits, and then its connection is cut.
                    lock.execute("SELECT pg_advisory_lock(" + nl.werkbank.core.server.ServerAccess.CHANGE_LOCK + ")");
                    java.util.concurrent.CompletableFuture<SyncResult> syncing = java.util.concurrent.CompletableFuture.supplyAsync(() -> sync(a));
                    long deadline = System.nanoTime() + 10_000_000_000L;
                    while (count(server, "SELECT COUNT(*) FROM pg_stat_activity WHERE application_name = 'Werkbank'"
                            + " AND wait_event_type = 'Lock'") == 0 && System.nanoTime() < deadline) {
                        Thread.sleep(20);
                    }
                    lock.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'Werkbank'"
                            + " AND wait_event_type = 'Lock'");
                    assertThatThrownBy(syncing::join).hasCauseInstanceOf(nl.werkbank.core.server.ServerException.class);
                    lock.execute("SELECT pg_advisory_unlock(" + nl.werkbank.core.server.ServerAccess.CHANGE_LOCK + ")");
                }
                assertThat(count(server, "SELECT COUNT(*) FROM werkbank_server.change")).isEqualTo(changes);
                assertThat(a.sync().waiting()).isEqualTo(1);

                assertThat(sync(a).sent()).isEqualTo(1);
                sync(b);
                assertThat(b.meetings().get(meeting).title()).isEqualTo("Verstuurd toen het netwerk wegviel");
                assertThat(count(server, "SELECT COUNT(*) FROM werkbank_server.change")).isEqualTo(changes + 1);
            }
        }
    }

    private static UUID anyMeeting(Werkbank laptop) {
        return laptop.meetings().list(null, LocalDate.of(2000, 1, 1), LocalDate.of(2100, 1, 1)).get(0).meeting().id();
    }

    private static Instant exchangedAt(Werkbank laptop, UUID meeting) {
        return laptop.database().transaction(c -> Sql.one(c, "SELECT exchanged_at FROM meeting WHERE id = ?",
                row -> Sql.instant(row, "exchanged_at"), meeting).orElseThrow());
    }

    private static Instant updatedOnServer(TestPostgres server, UUID meeting) throws Exception {
        try (var c = server.dataSource().getConnection(); var s = c.prepareStatement("SELECT updated_at FROM meeting WHERE id = ?")) {
            s.setObject(1, meeting);
            try (var r = s.executeQuery()) {
                r.next();
                return r.getObject(1, java.time.OffsetDateTime.class).toInstant();
            }
        }
    }
}
