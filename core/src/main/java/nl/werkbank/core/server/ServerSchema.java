package nl.werkbank.core.server;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * The Werkplaats server's schema on PostgreSQL: the same Flyway migrations as on every laptop (db/migration), with
 * db/postgresql/beforeMigrate.sql giving PostgreSQL the two H2 names they use; then the server's own roles, grants and
 * row-level security ({@link ServerAccess}). Only PostgreSQL 14 or newer.
 */
public final class ServerSchema {

    /** The oldest PostgreSQL the server supports (the floor; gen_random_uuid is built in from 13). */
    public static final int OLDEST_MAJOR_VERSION = 14;

    private ServerSchema() {
    }

    /** What {@link #init} found and did. */
    public record Initialized(String serverVersion, String schemaBefore, String schemaNow, int migrationsRun) {
    }

    /**
     * Brings the server's schema up to this version of Werkbank; run again it changes nothing. Refuses a server that is
     * not PostgreSQL, or older than {@link #OLDEST_MAJOR_VERSION}, before touching anything.
     */
    public static Initialized init(DataSource server) {
        String version = ServerRepository.checkedVersion(server, OLDEST_MAJOR_VERSION);
        try {
            Flyway flyway = Flyway.configure().dataSource(server)
                    .locations("classpath:db/migration", "classpath:db/postgresql")
                    .load();
            String before = flyway.info().current() == null ? "0" : flyway.info().current().getVersion().getVersion();
            MigrateResult result = flyway.migrate();
            int access = ServerAccess.migrate(server);
            return new Initialized(version, before, result.targetSchemaVersion == null ? before : result.targetSchemaVersion,
                    result.migrationsExecuted + access);
        } catch (FlywayException e) {
            throw new ServerException("error.server.migrate", e);
        }
    }
}
