package nl.werkbank.core.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import nl.werkbank.core.testing.TestPostgres;
import org.junit.jupiter.api.Test;

/**
 * Who sees what, enforced by PostgreSQL itself: a facilitator connecting with plain JDBC (no Werkbank code in between)
 * reads her own team's meetings, attendance and check-ins and nothing of another team's; people without e-mail; no
 * money. A coordinator reads everything.
 */
class ServerAccessTest {

    private final UUID armoede = UUID.randomUUID();
    private final UUID jeugd = UUID.randomUUID();
    private final UUID anouk = UUID.randomUUID();
    private final UUID bram = UUID.randomUUID();
    private final UUID ownMeeting = UUID.randomUUID();
    private final UUID otherMeeting = UUID.randomUUID();

    @Test
    void aFacilitatorSeesOnlyHerOwnTeamsAndACoordinatorEverything() throws Exception {
        try (TestPostgres server = TestPostgres.freshDatabase()) {
            ServerSchema.init(server.dataSource());
            try (Connection admin = server.dataSource().getConnection()) {
                seed(admin);
            }
            String facilitator = server.name() + "_anouk";
            String coordinator = server.name() + "_coordinator_jan";
            ServerAccess.addAccount(server.dataSource(), facilitator, "anouk-wachtwoord".toCharArray(), ServerAccess.Role.FACILITATOR, anouk);
            ServerAccess.addAccount(server.dataSource(), coordinator, "jan-wachtwoord".toCharArray(), ServerAccess.Role.COORDINATOR, null);

            try (Connection c = DriverManager.getConnection(server.url(), facilitator, "anouk-wachtwoord")) {
                assertThat(count(c, "SELECT COUNT(*) FROM team")).isEqualTo(1);
                assertThat(count(c, "SELECT COUNT(*) FROM meeting")).isEqualTo(1);
                assertThat(count(c, "SELECT COUNT(*) FROM attendance")).isEqualTo(2);
                assertThat(count(c, "SELECT COUNT(*) FROM attendance WHERE meeting_id = '" + otherMeeting + "'")).isZero();
                assertThat(count(c, "SELECT COUNT(*) FROM check_in")).isEqualTo(1);
                // Reference data: both people's names, not their e-mail; the organisations.
                assertThat(count(c, "SELECT COUNT(name) FROM person")).isEqualTo(2);
                assertThat(count(c, "SELECT COUNT(*) FROM organization")).isEqualTo(1);
                assertRefused(c, "SELECT email FROM person");
                assertRefused(c, "SELECT COUNT(*) FROM cash_contribution");
                assertRefused(c, "SELECT COUNT(*) FROM werkbank_server.account");
                // Writing into another team's meeting is refused by the policy; changing its rows finds none.
                assertRefused(c, "INSERT INTO check_in (id, meeting_id, person_id, text, created_at, updated_at) VALUES ('"
                        + UUID.randomUUID() + "', '" + otherMeeting + "', '" + bram + "', 'ingevoegd', now(), now())");
                try (Statement s = c.createStatement()) {
                    assertThat(s.executeUpdate("UPDATE attendance SET status = 'ABSENT' WHERE meeting_id = '" + otherMeeting + "'")).isZero();
                    assertThat(s.executeUpdate("UPDATE attendance SET status = 'ABSENT' WHERE meeting_id = '" + ownMeeting + "'")).isEqualTo(2);
                }
            }
            try (Connection c = DriverManager.getConnection(server.url(), coordinator, "jan-wachtwoord")) {
                assertThat(count(c, "SELECT COUNT(*) FROM meeting")).isEqualTo(2);
                assertThat(count(c, "SELECT COUNT(*) FROM attendance")).isEqualTo(4);
                assertThat(count(c, "SELECT COUNT(*) FROM check_in")).isEqualTo(2);
                assertThat(count(c, "SELECT COUNT(email) FROM person")).isEqualTo(1);
                assertThat(count(c, "SELECT COUNT(*) FROM cash_contribution")).isEqualTo(1);
            }
            // Run again (a newer Werkbank's init): nothing changes, the accounts still work.
            assertThat(ServerSchema.init(server.dataSource()).migrationsRun()).isZero();
            try (Connection c = DriverManager.getConnection(server.url(), facilitator, "anouk-wachtwoord")) {
                assertThat(count(c, "SELECT COUNT(*) FROM meeting")).isEqualTo(1);
            }
        }
    }

    /**
     * A table a later migration adds must get its line in db/server/V1 (or a later server step): every laptop table is
     * the coordinator's or one of the laptop's own, and every table a facilitator may change that is not reference
     * data is limited row by row.
     */
    @Test
    void everyTableIsPlacedAndEveryTeamTableIsLimitedRowByRow() throws Exception {
        try (TestPostgres server = TestPostgres.freshDatabase()) {
            ServerSchema.init(server.dataSource());
            String coordinator = ServerAccess.groupRole(server.name(), ServerAccess.Role.COORDINATOR);
            String facilitator = ServerAccess.groupRole(server.name(), ServerAccess.Role.FACILITATOR);
            java.util.Set<String> laptopOnly = java.util.Set.of("installation", "local_secret", "exchange_log", "exchange_conflict",
                    "import_batch", "import_batch_item", "import_layout", "sync_state");
            java.util.Set<String> reference = java.util.Set.of("person", "organization", "affiliation", "venue", "tombstone");
            try (Connection c = server.dataSource().getConnection()) {
                java.util.Set<String> tables = names(c, "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'"
                        + " AND table_type = 'BASE TABLE' AND table_name <> 'flyway_schema_history'");
                java.util.Set<String> forCoordinator = names(c, "SELECT DISTINCT table_name FROM information_schema.role_table_grants"
                        + " WHERE table_schema = 'public' AND grantee = '" + coordinator + "'");
                java.util.Set<String> placed = new java.util.TreeSet<>(forCoordinator);
                placed.addAll(laptopOnly);
                assertThat(placed).containsExactlyInAnyOrderElementsOf(tables);
                assertThat(forCoordinator).doesNotContainAnyElementsOf(laptopOnly);

                java.util.Set<String> facilitatorWrites = names(c, "SELECT DISTINCT table_name FROM information_schema.role_table_grants"
                        + " WHERE table_schema = 'public' AND grantee = '" + facilitator + "' AND privilege_type IN ('UPDATE', 'DELETE')");
                facilitatorWrites.removeAll(reference);
                java.util.Set<String> limited = names(c, "SELECT relname FROM pg_class WHERE relrowsecurity AND relnamespace = 'public'::regnamespace");
                assertThat(facilitatorWrites).isNotEmpty().allSatisfy(table -> assertThat(limited).as(table).contains(table));
            }
        }
    }

    private static java.util.Set<String> names(Connection c, String sql) throws SQLException {
        java.util.Set<String> names = new java.util.TreeSet<>();
        try (Statement s = c.createStatement(); var r = s.executeQuery(sql)) {
            while (r.next()) {
                names.add(r.getString(1));
            }
        }
        return names;
    }

    @Test
    void aLoginThatIsNoNameOrTakenIsRefused() throws Exception {
        try (TestPostgres server = TestPostgres.freshDatabase()) {
            ServerSchema.init(server.dataSource());
            assertThatThrownBy(() -> ServerAccess.addAccount(server.dataSource(), "Anouk Prins; DROP TABLE person", "x".toCharArray(),
                    ServerAccess.Role.FACILITATOR, null))
                    .isInstanceOfSatisfying(ServerException.class, e -> assertThat(e.key()).isEqualTo("error.server.loginName"));
            String login = server.name() + "_anouk";
            ServerAccess.addAccount(server.dataSource(), login, "x".toCharArray(), ServerAccess.Role.FACILITATOR, null);
            assertThatThrownBy(() -> ServerAccess.addAccount(server.dataSource(), login, "y".toCharArray(), ServerAccess.Role.COORDINATOR, null))
                    .isInstanceOfSatisfying(ServerException.class, e -> assertThat(e.key()).isEqualTo("error.server.accountExists"));
        }
    }

    /** Two teams, each with a meeting, two attendance lines and a check-in; Anouk is a member of the first only. */
    private void seed(Connection c) throws SQLException {
        UUID organization = UUID.randomUUID();
        update(c, "INSERT INTO organization (id, name, type, created_at, updated_at) VALUES (?, 'Gemeente Rotterdam', 'MUNICIPALITY', now(), now())", organization);
        update(c, "INSERT INTO person (id, name, email, created_at, updated_at) VALUES (?, 'Anouk Prins', 'anouk@example.org', now(), now())", anouk);
        update(c, "INSERT INTO person (id, name, created_at, updated_at) VALUES (?, 'Bram Visser', now(), now())", bram);
        update(c, "INSERT INTO cash_contribution (id, organization_id, contribution_date, amount, created_at, updated_at)"
                + " VALUES (?, ?, DATE '2026-03-01', 500.00, now(), now())", UUID.randomUUID(), organization);
        for (UUID[] team : new UUID[][] {{armoede, ownMeeting}, {jeugd, otherMeeting}}) {
            update(c, "INSERT INTO team (id, name, created_at, updated_at) VALUES (?, ?, now(), now())", team[0],
                    team[0].equals(armoede) ? "Armoede en schulden" : "Jeugd en gezin");
            update(c, "INSERT INTO meeting (id, team_id, type, meeting_date, start_time, end_time, mode, created_at, updated_at)"
                    + " VALUES (?, ?, 'WERKTEAM', DATE '2026-12-10', TIME '14:00', TIME '16:00', 'IN_PERSON', now(), now())", team[1], team[0]);
            for (UUID person : new UUID[] {anouk, bram}) {
                update(c, "INSERT INTO attendance (id, meeting_id, person_id, status, created_at, updated_at) VALUES (?, ?, ?, 'PRESENT', now(), now())",
                        UUID.randomUUID(), team[1], person);
            }
            update(c, "INSERT INTO check_in (id, meeting_id, person_id, text, created_at, updated_at) VALUES (?, ?, ?, 'Goed', now(), now())",
                    UUID.randomUUID(), team[1], bram);
        }
        update(c, "INSERT INTO membership (id, team_id, person_id, role, valid_from, created_at, updated_at)"
                + " VALUES (?, ?, ?, 'FACILITATOR', DATE '2026-01-01', now(), now())", UUID.randomUUID(), armoede, anouk);
    }

    private static void update(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                s.setObject(i + 1, params[i]);
            }
            s.executeUpdate();
        }
    }

    private static long count(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); var r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    private static void assertRefused(Connection c, String sql) {
        assertThatThrownBy(() -> {
            try (Statement s = c.createStatement()) {
                s.execute(sql);
            }
        }).isInstanceOf(SQLException.class).satisfies(e -> assertThat(((SQLException) e).getSQLState()).isIn("42501"));
    }
}
