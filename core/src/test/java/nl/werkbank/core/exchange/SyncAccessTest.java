package nl.werkbank.core.exchange;

import static nl.werkbank.core.exchange.SyncLaptops.account;
import static nl.werkbank.core.exchange.SyncLaptops.connect;
import static nl.werkbank.core.exchange.SyncLaptops.count;
import static nl.werkbank.core.exchange.SyncLaptops.sync;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import nl.werkbank.core.Werkbank;
import nl.werkbank.core.demo.DemoWerkplaats;
import nl.werkbank.core.hours.CashContribution;
import nl.werkbank.core.meetings.AttendanceLine;
import nl.werkbank.core.meetings.AttendanceStatus;
import nl.werkbank.core.meetings.CheckIn;
import nl.werkbank.core.server.ServerAccess;
import nl.werkbank.core.storage.Sql;
import nl.werkbank.core.testing.TestPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a facilitator's laptop gets from the server and sends to it: her own team's records only, people without their
 * e-mail (the e-mail her laptop has stays), no money; her changes reach the coordinator; a private check-in never leaves
 * her laptop.
 */
class SyncAccessTest {

    @TempDir
    Path folder;

    @Test
    void aFacilitatorsLaptopHoldsHerTeamOnlyAndHerPrivateCheckInsStayOnIt() throws Exception {
        try (TestPostgres server = TestPostgres.freshDatabase()) {
            SyncLaptops.init(server);
            TickingClock clock = new TickingClock(Duration.ZERO);
            try (Werkbank coordinator = SyncLaptops.open(folder.resolve("coordinator"), clock);
                 Werkbank laptop = SyncLaptops.open(folder.resolve("facilitator"), clock)) {
                DemoWerkplaats.load(coordinator, false);
                // A facilitator of one team this year (the demo's memberships ended in 2022).
                UUID team = coordinator.teams().list().get(0).team().id();
                UUID person = SyncLaptops.facilitator(coordinator, team, "noord@example.org");
                UUID organization = coordinator.organizations().list().get(0).organization().id();
                coordinator.cash().save(CashContribution.create(organization, java.time.LocalDate.of(2026, 3, 1),
                        new java.math.BigDecimal("500.00"), "Bijdrage wijkbudget"));
                connect(coordinator, server, account(server, "jan", ServerAccess.Role.COORDINATOR, null));
                sync(coordinator);
                connect(laptop, server, account(server, "anouk", ServerAccess.Role.FACILITATOR, person));
                sync(laptop);

                long ownMeetings = count(server, "SELECT COUNT(*) FROM meeting WHERE team_id = '" + team + "'");
                assertThat(ownMeetings).isPositive();
                assertThat(laptop.info().recordCounts().get("meeting")).isEqualTo(ownMeetings);
                assertThat(laptop.info().recordCounts().get("team")).isEqualTo(1);
                assertThat(laptop.info().recordCounts().get("person")).isEqualTo(count(server, "SELECT COUNT(*) FROM person"));
                assertThat(laptop.info().recordCounts().getOrDefault("cash_contribution", 0L)).isZero();
                assertThat(local(laptop, "SELECT COUNT(*) FROM person WHERE email IS NOT NULL")).isZero();
                assertThat(count(server, "SELECT COUNT(*) FROM cash_contribution")).isPositive();

                // Her edits go to the server and on to the coordinator; a private check-in stays on her laptop.
                UUID meeting = laptop.meetings().list(team, java.time.LocalDate.of(2000, 1, 1), java.time.LocalDate.of(2100, 1, 1))
                        .get(0).meeting().id();
                AttendanceLine line = laptop.attendance().lines(meeting).get(0);
                AttendanceStatus other = line.attendance().status() == AttendanceStatus.ABSENT ? AttendanceStatus.PRESENT : AttendanceStatus.ABSENT;
                laptop.attendance().setStatus(line.attendance().id(), other);
                CheckIn shared = laptop.rounds().saveCheckIn(CheckIn.create(meeting, person, "Gedeeld met het team", 4, false, false));
                UUID attendee = laptop.attendance().lines(meeting).stream().map(l -> l.attendance().personId())
                        .filter(p -> laptop.rounds().checkIns(meeting).stream().noneMatch(ci -> ci.personId().equals(p)))
                        .filter(p -> !p.equals(person)).findFirst().orElseThrow();
                CheckIn secret = laptop.rounds().saveCheckIn(CheckIn.create(meeting, attendee, "Alleen voor mij", 2, true, false));
                // One shared before is made private now: the server and the other laptops lose its text.
                CheckIn before = laptop.rounds().checkIns(meeting).stream().filter(ci -> ci.text() != null && !ci.privateEntry())
                        .filter(ci -> !ci.id().equals(shared.id())).findFirst().orElseThrow();
                laptop.rounds().saveCheckIn(new CheckIn(before.id(), meeting, before.personId(), before.text(), before.energy(), true,
                        false, before.createdAt(), before.updatedAt()));
                SyncResult sent = sync(laptop);
                assertThat(sent.sent()).as(sent.toString()).isEqualTo(3);
                assertThat(count(server, "SELECT COUNT(*) FROM check_in WHERE id = '" + shared.id() + "'")).isEqualTo(1);
                assertThat(count(server, "SELECT COUNT(*) FROM check_in WHERE id = '" + secret.id() + "'")).isZero();
                assertThat(count(server, "SELECT COUNT(*) FROM check_in WHERE text = 'Alleen voor mij'")).isZero();
                assertThat(count(server, "SELECT COUNT(*) FROM check_in WHERE id = '" + before.id() + "' AND private"
                        + " AND text IS NULL AND energy IS NULL")).isEqualTo(1);
                assertThat(laptop.rounds().checkIns(meeting)).filteredOn(ci -> ci.id().equals(before.id()))
                        .extracting(CheckIn::text).containsExactly(before.text());
                assertThat(laptop.rounds().checkIns(meeting)).extracting(CheckIn::text).contains("Alleen voor mij");

                sync(coordinator);
                assertThat(coordinator.attendance().lines(meeting).stream()
                        .filter(l -> l.attendance().id().equals(line.attendance().id())).findFirst().orElseThrow()
                        .attendance().status()).isEqualTo(other);
                assertThat(coordinator.rounds().checkIns(meeting)).extracting(CheckIn::text)
                        .contains("Gedeeld met het team").doesNotContain("Alleen voor mij", before.text());
                // The coordinator's e-mail addresses are untouched by what the facilitator sent.
                assertThat(local(coordinator, "SELECT COUNT(*) FROM person WHERE email IS NOT NULL"))
                        .isEqualTo(count(server, "SELECT COUNT(*) FROM person WHERE email IS NOT NULL")).isPositive();
            }
        }
    }

    @Test
    void anEditToAnotherTeamsRecordIsRefusedByTheServerAndHerOwnStillGoes() throws Exception {
        try (TestPostgres server = TestPostgres.freshDatabase()) {
            SyncLaptops.init(server);
            TickingClock clock = new TickingClock(Duration.ZERO);
            try (Werkbank coordinator = SyncLaptops.open(folder.resolve("coordinator"), clock);
                 Werkbank laptop = SyncLaptops.open(folder.resolve("facilitator"), clock)) {
                DemoWerkplaats.load(coordinator, false);
                var teams = coordinator.teams().list();
                UUID own = teams.get(0).team().id();
                var other = teams.get(1).team();
                UUID person = SyncLaptops.facilitator(coordinator, own, null);
                connect(coordinator, server, account(server, "jan", ServerAccess.Role.COORDINATOR, null));
                sync(coordinator);
                connect(laptop, server, account(server, "anouk", ServerAccess.Role.FACILITATOR, person));
                sync(laptop);
                // Another team's exchange file, read on her laptop: the server does not let her change that team.
                Path file = folder.resolve("ander-team.werkbank");
                coordinator.exchange().export(file, new ExportOptions(ExchangeScope.team(other.id(), other.name()), false));
                laptop.exchange().apply(laptop.exchange().read(file));

                AttendanceLine mine = firstLine(laptop, own);
                AttendanceLine theirs = firstLine(laptop, other.id());
                laptop.attendance().setPreparation(mine.attendance().id(), new java.math.BigDecimal("1.50"));
                laptop.attendance().setPreparation(theirs.attendance().id(), new java.math.BigDecimal("2.50"));
                SyncResult result = sync(laptop);

                assertThat(result.sent()).as(result.toString()).isEqualTo(1);
                assertThat(result.notPermitted()).isEqualTo(1);
                assertThat(count(server, "SELECT COUNT(*) FROM attendance WHERE id = '" + mine.attendance().id()
                        + "' AND preparation_hours = 1.50")).isEqualTo(1);
                assertThat(count(server, "SELECT COUNT(*) FROM attendance WHERE id = '" + theirs.attendance().id()
                        + "' AND preparation_hours = 2.50")).isZero();
                // Not tried again at every sync; her own copy keeps her value.
                SyncResult again = sync(laptop);
                assertThat(again.sent()).isZero();
                assertThat(again.notPermitted()).isZero();
                assertThat(firstLine(laptop, other.id()).attendance().preparationHours()).isEqualByComparingTo("2.50");
            }
        }
    }

    private static AttendanceLine firstLine(Werkbank laptop, UUID team) {
        UUID meeting = laptop.meetings().list(team, java.time.LocalDate.of(2000, 1, 1), java.time.LocalDate.of(2100, 1, 1)).stream()
                .filter(m -> !laptop.attendance().lines(m.meeting().id()).isEmpty()).findFirst().orElseThrow().meeting().id();
        return laptop.attendance().lines(meeting).get(0);
    }

    @Test
    void aServerPasswordIsNotKeptInDataThatIsNotEncrypted() throws Exception {
        try (TestPostgres server = TestPostgres.freshDatabase()) {
            SyncLaptops.init(server);
            String login = account(server, "jan", ServerAccess.Role.COORDINATOR, null);
            try (Werkbank plain = Werkbank.open(folder.resolve("plain"), new TickingClock(Duration.ZERO))) {
                // Testing the connection stores nothing, so it may; keeping the password may not.
                assertThat(plain.sync().test(server.url(), login, ("pw-" + login).toCharArray())).isPositive();
                org.assertj.core.api.Assertions.assertThatThrownBy(() -> connect(plain, server, login))
                        .isInstanceOfSatisfying(nl.werkbank.core.server.ServerException.class,
                                e -> assertThat(e.key()).isEqualTo("error.sync.notEncrypted"));
                assertThat(plain.sync().state()).isEmpty();
                assertThat(local(plain, "SELECT COUNT(*) FROM local_secret WHERE name = 'server-password'")).isZero();
            }
        }
    }

    private static long local(Werkbank laptop, String sql) {
        return laptop.database().transaction(c -> Sql.count(c, sql));
    }
}
