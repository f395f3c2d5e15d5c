package nl.werkbank.core.exchange;

import static nl.werkbank.core.exchange.SyncLaptops.account;
import static nl.werkbank.core.exchange.SyncLaptops.connect;
import static nl.werkbank.core.exchange.SyncLaptops.differences;
import static nl.werkbank.core.exchange.SyncLaptops.holdings;
import static nl.werkbank.core.exchange.SyncLaptops.sync;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import nl.werkbank.core.Werkbank;
import nl.werkbank.core.common.CancelledException;
import nl.werkbank.core.common.Progress;
import nl.werkbank.core.demo.DemoWerkplaats;
import nl.werkbank.core.server.ServerAccess;
import nl.werkbank.core.storage.Sql;
import nl.werkbank.core.testing.TestPostgres;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * The convergence property (seeded, so a failure can be replayed): three laptops with the same Werkplaats make random
 * edits offline (deletions, renames, the same guest added on two laptops) and sync in a random order, some syncs
 * stopped half-way and some forgetting where they were in the server's sequence. Every laptop and the server end with
 * the same data, equal to what merging the same edits by exchange files gives, and another round changes nothing.
 */
class SyncConvergenceTest {

    @TempDir
    Path folder;

    @ParameterizedTest
    @ValueSource(longs = {7L, 20261206L})
    void laptopsSyncingInAnyOrderWithInterruptionsEndAsTheExchangeFilesWould(long seed) throws Exception {
        Random random = new Random(seed);
        TickingClock clock = new TickingClock(Duration.ZERO);
        try (TestPostgres server = TestPostgres.freshDatabase()) {
            SyncLaptops.init(server);
            Path base;
            try (Werkbank origin = SyncLaptops.open(folder.resolve("origin"), clock)) {
                DemoWerkplaats.load(origin, false);
                connect(origin, server, account(server, "origin", ServerAccess.Role.COORDINATOR, null));
                sync(origin);
                base = origin.exchange().export(folder.resolve("base.werkbank"), ExportOptions.everything()).file();
            }
            List<Werkbank> laptops = new ArrayList<>();
            List<Path> files = new ArrayList<>();
            try {
                for (int i = 0; i < 3; i++) {
                    Werkbank laptop = SyncLaptops.open(folder.resolve("laptop" + i), clock);
                    laptops.add(laptop);
                    connect(laptop, server, account(server, "laptop" + i, ServerAccess.Role.COORDINATOR, null));
                    sync(laptop);
                }
                for (int i = 0; i < 3; i++) {
                    Laptop.randomEdits(laptops.get(i), seed * 100 + i);
                    // The same edits as a file, for the exchange-file merge to compare with.
                    files.add(laptops.get(i).exchange().export(folder.resolve("edits" + i + ".werkbank"), ExportOptions.everything()).file());
                }
                for (int step = 0; step < 8; step++) {
                    syncInterrupted(laptops.get(random.nextInt(3)), random);
                }
                for (int round = 0; round < 2; round++) {
                    for (int i : shuffled(random)) {
                        sync(laptops.get(i));
                    }
                }
                for (int i : shuffled(random)) {
                    SyncResult again = sync(laptops.get(i));
                    assertThat(again.sent()).as("laptop %d sends nothing more", i).isZero();
                    assertThat(again.receivedCount()).as("laptop %d receives nothing more", i).isZero();
                }

                Map<String, Map<String, JsonNode>> expected = holdings(laptops.get(0), folder);
                for (int i = 1; i < 3; i++) {
                    assertThat(differences(holdings(laptops.get(i), folder), expected)).as("laptop %d", i).isEmpty();
                }
                try (Werkbank fresh = SyncLaptops.open(folder.resolve("fresh"), clock)) {
                    connect(fresh, server, account(server, "fresh", ServerAccess.Role.COORDINATOR, null));
                    sync(fresh);
                    assertThat(differences(holdings(fresh, folder), expected)).as("what the server holds").isEmpty();
                }
                try (Werkbank byFiles = SyncLaptops.open(folder.resolve("by-files"), clock)) {
                    byFiles.exchange().apply(byFiles.exchange().read(base));
                    for (int i : shuffled(random)) {
                        byFiles.exchange().apply(byFiles.exchange().read(files.get(i)));
                    }
                    assertThat(differences(holdings(byFiles, folder), expected)).as("the same edits merged by exchange files").isEmpty();
                }
            } finally {
                for (Werkbank laptop : laptops) {
                    laptop.close();
                }
            }
        }
    }

    /**
     * A sync, now and then interrupted: stopped during its merge (nothing kept), or followed by a lost note of where the
     * laptop was in the server's sequence (as after a crash), so it receives its own and others' versions again.
     */
    private static void syncInterrupted(Werkbank laptop, Random random) {
        switch (random.nextInt(4)) {
            case 0 -> {
                AtomicInteger ticks = new AtomicInteger();
                int stopAt = 1 + random.nextInt(3);
                try {
                    laptop.sync().sync(new Progress() {
                        @Override
                        public void update(long done, long total) {
                            ticks.incrementAndGet();
                        }

                        @Override
                        public boolean cancelled() {
                            return ticks.get() >= stopAt;
                        }
                    });
                } catch (CancelledException stopped) {
                    // Stopped: the next sync does it all.
                }
            }
            case 1 -> {
                long before = laptop.sync().state().orElseThrow().pulledSeq();
                sync(laptop);
                laptop.database().transaction(c -> Sql.update(c, "UPDATE sync_state SET pulled_seq = ?", before / 2));
            }
            default -> sync(laptop);
        }
    }

    private static List<Integer> shuffled(Random random) {
        List<Integer> order = new ArrayList<>(List.of(0, 1, 2));
        java.util.Collections.shuffle(order, random);
        return order;
    }
}
