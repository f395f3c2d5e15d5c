package nl.werkbank.bench;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import nl.werkbank.bench.ReportBenchmark.Measurement;
import nl.werkbank.core.Werkbank;
import nl.werkbank.core.common.Progress;
import nl.werkbank.core.exchange.SyncResult;
import nl.werkbank.core.meetings.AttendanceLine;
import nl.werkbank.core.meetings.AttendanceStatus;
import nl.werkbank.core.meetings.MeetingRow;
import nl.werkbank.core.server.ServerAccess;
import nl.werkbank.core.server.ServerSchema;
import nl.werkbank.core.teams.Membership;
import nl.werkbank.core.teams.MembershipRole;
import nl.werkbank.core.teams.TeamRow;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * {@code bench --only sync} (issue 22): the big Werkplaats sent to an empty server, pulled by a new laptop, a day's
 * changes of one team pushed and pulled, and 20 facilitators' laptops syncing at once. Needs a PostgreSQL where
 * WERKBANK_TEST_PG_HOST/_PORT/_USER/_PASSWORD say (as the tests; defaults 127.0.0.1:5432 werkbank_ci), in a database of
 * its own that is dropped afterwards.
 */
public final class SyncBenchmark {

    private static final int LAPTOPS = 20;
    private static final int DAY_CHANGES = 200;

    private final String host = env("WERKBANK_TEST_PG_HOST", "127.0.0.1");
    private final String port = env("WERKBANK_TEST_PG_PORT", "5432");
    private final String admin = env("WERKBANK_TEST_PG_USER", "werkbank_ci");
    private final String adminPassword = env("WERKBANK_TEST_PG_PASSWORD", "werkbank_ci");

    public List<Measurement> run(Werkbank coordinator, Path folder) throws Exception {
        String database = "werkbank_bench_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        execute("postgres", "CREATE DATABASE " + database);
        try {
            return run(coordinator, folder, database);
        } finally {
            execute("postgres", "DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
            try (Connection c = DriverManager.getConnection(url("postgres"), admin, adminPassword); Statement s = c.createStatement();
                 var roles = s.executeQuery("SELECT rolname FROM pg_roles WHERE rolname LIKE '" + database + "%'")) {
                List<String> names = new ArrayList<>();
                while (roles.next()) {
                    names.add(roles.getString(1));
                }
                for (String role : names) {
                    try (Statement drop = c.createStatement()) {
                        drop.execute("DROP ROLE IF EXISTS \"" + role + "\"");
                    }
                }
            }
        }
    }

    private List<Measurement> run(Werkbank coordinator, Path folder, String database) throws Exception {
        List<Measurement> results = new ArrayList<>();
        PGSimpleDataSource server = dataSource(database);
        ServerSchema.init(server);
        String url = url(database);

        // Twenty facilitators, each of her own team this year (the generated memberships are history).
        List<TeamRow> teams = coordinator.teams().list();
        List<UUID> facilitators = new ArrayList<>();
        for (int i = 0; i < LAPTOPS; i++) {
            UUID person = coordinator.people().create("Procesbegeleider " + (i + 1), null, null, true).id();
            coordinator.teams().saveMembership(Membership.create(teams.get(i % teams.size()).team().id(), person,
                    MembershipRole.FACILITATOR, LocalDate.now().withDayOfYear(1), null));
            facilitators.add(person);
        }

        String jan = account(server, database, "jan", ServerAccess.Role.COORDINATOR, null);
        coordinator.sync().connect(url, jan, password(jan));
        long start = System.nanoTime();
        SyncResult first = coordinator.sync().sync(Progress.NONE);
        results.add(new Measurement("first sync: the whole Werkplaats sent to an empty server", millis(start),
                first.sent() + " records and deletions"));

        try (Werkbank laptop = encrypted(folder.resolve("sync-new-laptop"))) {
            String els = account(server, database, "els", ServerAccess.Role.COORDINATOR, null);
            laptop.sync().connect(url, els, password(els));
            start = System.nanoTime();
            SyncResult pulled = laptop.sync().sync(Progress.NONE);
            results.add(new Measurement("first pull of the whole Werkplaats into a new laptop", millis(start),
                    pulled.receivedCount() + " records; target <= 10000 ms"));

            // A day's work of one team on the new laptop: attendance marked in its meetings.
            UUID team = teams.get(0).team().id();
            int changed = 0;
            for (MeetingRow meeting : laptop.meetings().list(team, LocalDate.of(2000, 1, 1), LocalDate.of(2100, 1, 1))) {
                for (AttendanceLine line : laptop.attendance().lines(meeting.meeting().id())) {
                    if (changed++ == DAY_CHANGES) {
                        break;
                    }
                    laptop.attendance().setStatus(line.attendance().id(),
                            line.attendance().status() == AttendanceStatus.PRESENT ? AttendanceStatus.EXCUSED : AttendanceStatus.PRESENT);
                }
                if (changed > DAY_CHANGES) {
                    break;
                }
            }
            start = System.nanoTime();
            SyncResult pushed = laptop.sync().sync(Progress.NONE);
            results.add(new Measurement("a day's changes of one team pushed", millis(start), pushed.sent() + " records; target <= 1000 ms"));
            start = System.nanoTime();
            SyncResult received = coordinator.sync().sync(Progress.NONE);
            results.add(new Measurement("the same changes pulled by another laptop", millis(start),
                    received.receivedCount() + " records; target <= 1000 ms"));
        }

        results.addAll(laptopsAtOnce(server, database, url, folder, facilitators));
        return results;
    }

    /** Each facilitator's laptop pulls her team, changes ten attendance lines, then all sync at the same moment. */
    private List<Measurement> laptopsAtOnce(PGSimpleDataSource server, String database, String url, Path folder, List<UUID> people)
            throws Exception {
        List<Werkbank> laptops = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(LAPTOPS);
        try {
            long start = System.nanoTime();
            for (int i = 0; i < LAPTOPS; i++) {
                Werkbank laptop = encrypted(folder.resolve("sync-laptop-" + i));
                laptops.add(laptop);
                String login = account(server, database, "pb" + i, ServerAccess.Role.FACILITATOR, people.get(i));
                laptop.sync().connect(url, login, password(login));
            }
            List<Future<Long>> firsts = new ArrayList<>();
            for (Werkbank laptop : laptops) {
                firsts.add(pool.submit(() -> laptop.sync().sync(Progress.NONE).receivedCount()));
            }
            long records = 0;
            for (Future<Long> done : firsts) {
                records += done.get();
            }
            List<Measurement> results = new ArrayList<>();
            results.add(new Measurement(LAPTOPS + " facilitators' laptops: first pull of their team, all at once", millis(start),
                    records + " records in all"));
            for (Werkbank laptop : laptops) {
                int changed = 0;
                for (MeetingRow meeting : laptop.meetings().list(null, LocalDate.of(2000, 1, 1), LocalDate.of(2100, 1, 1))) {
                    for (AttendanceLine line : laptop.attendance().lines(meeting.meeting().id())) {
                        if (changed++ < 10) {
                            laptop.attendance().setPreparation(line.attendance().id(), new java.math.BigDecimal("0.50"));
                        }
                    }
                    if (changed >= 10) {
                        break;
                    }
                }
            }
            start = System.nanoTime();
            List<Future<Long>> syncs = new ArrayList<>();
            for (Werkbank laptop : laptops) {
                syncs.add(pool.submit(() -> {
                    long one = System.nanoTime();
                    laptop.sync().sync(Progress.NONE);
                    return System.nanoTime() - one;
                }));
            }
            long slowest = 0;
            int errors = 0;
            for (Future<Long> done : syncs) {
                try {
                    slowest = Math.max(slowest, done.get());
                } catch (java.util.concurrent.ExecutionException e) {
                    errors++;
                }
            }
            results.add(new Measurement(LAPTOPS + " laptops syncing 10 changes each at once", millis(start),
                    String.format(Locale.ROOT, "slowest %.0f ms, %d errors", slowest / 1e6, errors)));
            return results;
        } finally {
            pool.shutdownNow();
            for (Werkbank laptop : laptops) {
                laptop.close();
            }
        }
    }

    /** A laptop's data folder, encrypted as every new one is (a server password is only kept in an encrypted one). */
    private static Werkbank encrypted(Path folder) throws java.io.IOException {
        java.nio.file.Files.createDirectories(folder);
        return Werkbank.open(folder, nl.werkbank.core.storage.KeyFile.create(folder, "bench passphrase of five words".toCharArray()).key());
    }

    private static String account(PGSimpleDataSource server, String database, String name, ServerAccess.Role role, UUID person) {
        String login = database + "_" + name;
        ServerAccess.addAccount(server, login, password(login), role, person);
        return login;
    }

    private static char[] password(String login) {
        return ("bench-" + login).toCharArray();
    }

    private PGSimpleDataSource dataSource(String database) {
        PGSimpleDataSource source = new PGSimpleDataSource();
        source.setUrl(url(database));
        source.setUser(admin);
        source.setPassword(adminPassword);
        return source;
    }

    private String url(String database) {
        return "jdbc:postgresql://" + host + ":" + port + "/" + database;
    }

    private void execute(String database, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(url(database), admin, adminPassword); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    private static double millis(long start) {
        return (System.nanoTime() - start) / 1e6;
    }
}
