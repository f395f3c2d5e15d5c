package nl.werkbank.core.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A real PostgreSQL on loopback for the server tests, each test in a database of its own that is dropped afterwards.
 * {@code .ci/run} installs and starts it (Debian's postgresql) with the role below. Missing, the tests fail under CI
 * and are skipped with a message elsewhere. Settings: WERKBANK_TEST_PG_HOST, _PORT, _USER, _PASSWORD, _ROOTCERT (TLS).
 */
public final class TestPostgres implements AutoCloseable {

    private static final String HOST = env("WERKBANK_TEST_PG_HOST", "127.0.0.1");
    private static final String PORT = env("WERKBANK_TEST_PG_PORT", "5432");
    private static final String USER = env("WERKBANK_TEST_PG_USER", "werkbank_ci");
    private static final String PASSWORD = env("WERKBANK_TEST_PG_PASSWORD", "werkbank_ci");

    private final String database;

    private TestPostgres(String database) {
        this.database = database;
    }

    /** A new, empty database; fails (under CI) or skips the test when no server answers. */
    public static TestPostgres freshDatabase() {
        String name = "werkbank_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toLowerCase(Locale.ROOT);
        try (Connection admin = DriverManager.getConnection(url("postgres"), USER, PASSWORD); Statement s = admin.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            String why = "No PostgreSQL for the server tests at " + HOST + ":" + PORT + " as " + USER + " (" + e.getMessage()
                    + "); .ci/run installs and starts one";
            if (System.getenv("CI") != null) {
                throw new IllegalStateException(why, e);
            }
            Assumptions.abort(why);
        }
        return new TestPostgres(name);
    }

    public PGSimpleDataSource dataSource() {
        PGSimpleDataSource source = new PGSimpleDataSource();
        source.setUrl(url(database));
        source.setUser(USER);
        source.setPassword(PASSWORD);
        return source;
    }

    public String url() {
        return url(database);
    }

    /**
     * This database's URL over TLS with the server's certificate checked against the root that {@code .ci/run} made
     * (WERKBANK_TEST_PG_ROOTCERT; the certificate is for the name localhost). Fails under CI and skips elsewhere without it.
     */
    public String verifiedTlsUrl(String host) {
        return "jdbc:postgresql://" + host + ":" + PORT + "/" + database + "?sslmode=verify-full&sslrootcert=" + rootCertificate();
    }

    /** The root certificate of the test server's TLS certificate. */
    public static String rootCertificate() {
        String file = System.getenv("WERKBANK_TEST_PG_ROOTCERT");
        if (file == null || file.isBlank() || !java.nio.file.Files.isReadable(java.nio.file.Path.of(file))) {
            String why = "No root certificate for the TLS tests (WERKBANK_TEST_PG_ROOTCERT); .ci/run turns TLS on and makes one";
            if (System.getenv("CI") != null) {
                throw new IllegalStateException(why);
            }
            Assumptions.abort(why);
        }
        return file;
    }

    private static String url(String database) {
        return "jdbc:postgresql://" + HOST + ":" + PORT + "/" + database;
    }

    /** The database's name; roles a test makes start with it, so they are dropped with it. */
    public String name() {
        return database;
    }

    @Override
    public void close() throws SQLException {
        try (Connection admin = DriverManager.getConnection(url("postgres"), USER, PASSWORD); Statement s = admin.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
            java.util.List<String> roles = new java.util.ArrayList<>();
            try (var found = s.executeQuery("SELECT rolname FROM pg_roles WHERE rolname LIKE '" + database + "%'")) {
                while (found.next()) {
                    roles.add(found.getString(1));
                }
            }
            for (String role : roles) {
                s.execute("DROP ROLE \"" + role + "\"");
            }
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
