package nl.werkbank.core.server;

import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * Who may see what on the server, kept by PostgreSQL itself (db/server/V1__access.sql): two group roles per Werkplaats
 * database, {@code <database>_coordinator} and {@code <database>_facilitator}, with grants and row-level security
 * policies; an account is a login role in one of them, tied to a person (whose memberships decide her teams).
 */
public final class ServerAccess {

    /** Server-only tables and functions; the laptops' tables stay in {@code public}, the same as on a laptop. */
    static final String SCHEMA = "werkbank_server";
    /** The advisory lock that makes writers to a Werkplaats database take turns (db/server/V2__changes.sql). */
    public static final long CHANGE_LOCK = 22_0001L;
    private static final Pattern LOGIN = Pattern.compile("[a-z][a-z0-9_.-]{0,62}");

    public enum Role { COORDINATOR, FACILITATOR }

    private ServerAccess() {
    }

    /** Creates or updates the group roles, grants and policies; after the laptops' migrations (they need the tables). */
    static int migrate(DataSource server) {
        String database = ServerRepository.databaseName(server);
        return Flyway.configure().dataSource(server)
                .schemas(SCHEMA).createSchemas(true).table("server_schema_history")
                .locations("classpath:db/server")
                .placeholders(Map.of("changeLock", String.valueOf(CHANGE_LOCK),
                        "coordinatorRole", groupRole(database, Role.COORDINATOR),
                        "facilitatorRole", groupRole(database, Role.FACILITATOR)))
                .load().migrate().migrationsExecuted;
    }

    /** The group role of {@code role} in this Werkplaats database. */
    public static String groupRole(String database, Role role) {
        String base = database.toLowerCase(Locale.ROOT);
        return (base.length() > 48 ? base.substring(0, 48) : base) + "_" + role.name().toLowerCase(Locale.ROOT);
    }

    /**
     * A login for {@code personId} with {@code role}, by an administrator of the server. The password is hashed by the
     * driver before it is sent (SCRAM), so it never appears in the server's statement log.
     */
    public static void addAccount(DataSource admin, String login, char[] password, Role role, UUID personId) {
        if (login == null || !LOGIN.matcher(login).matches()) {
            throw new ServerException("error.server.loginName", null, login == null ? "" : login);
        }
        ServerRepository.createAccount(admin, login, password, role, personId);
    }
}
