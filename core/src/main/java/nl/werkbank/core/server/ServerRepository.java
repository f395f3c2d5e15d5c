package nl.werkbank.core.server;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import javax.sql.DataSource;

/** What the server says about itself over JDBC, and its failures in the user's words (by PostgreSQL's SQLSTATE). */
public final class ServerRepository {

    private ServerRepository() {
    }

    /** The server's version; refuses one that is not PostgreSQL or older than {@code oldestMajor}. */
    static String checkedVersion(DataSource server, int oldestMajor) {
        try (Connection c = server.getConnection()) {
            DatabaseMetaData meta = c.getMetaData();
            if (!"PostgreSQL".equalsIgnoreCase(meta.getDatabaseProductName())) {
                throw new ServerException("error.server.notPostgres", null, meta.getDatabaseProductName());
            }
            if (meta.getDatabaseMajorVersion() < oldestMajor) {
                throw new ServerException("error.server.tooOld", null, meta.getDatabaseProductVersion(), String.valueOf(oldestMajor));
            }
            return meta.getDatabaseProductVersion();
        } catch (SQLException e) {
            throw new ServerException(keyFor(e), e);
        }
    }

    static String databaseName(DataSource server) {
        try (Connection c = server.getConnection(); var s = c.createStatement(); var r = s.executeQuery("SELECT current_database()")) {
            r.next();
            return r.getString(1);
        } catch (SQLException e) {
            throw new ServerException(keyFor(e), e);
        }
    }

    /** The login role, its group, its password (hashed by the driver) and the account row: together or not at all. */
    static void createAccount(DataSource admin, String login, char[] password, ServerAccess.Role role, java.util.UUID personId) {
        try (Connection c = admin.getConnection()) {
            c.setAutoCommit(false);
            String group = ServerAccess.groupRole(databaseName(admin), role);
            try (var s = c.createStatement()) {
                s.execute("CREATE ROLE " + quote(login) + " LOGIN IN ROLE " + quote(group));
            }
            c.unwrap(org.postgresql.PGConnection.class).alterUserPassword(login, password, "scram-sha-256");
            try (var insert = c.prepareStatement("INSERT INTO " + ServerAccess.SCHEMA + ".account (login, person_id, role) VALUES (?, ?, ?)")) {
                insert.setString(1, login);
                insert.setObject(2, personId);
                insert.setString(3, role.name());
                insert.executeUpdate();
            }
            c.commit();
        } catch (SQLException e) {
            throw new ServerException("42710".equals(e.getSQLState()) ? "error.server.accountExists" : keyFor(e), e, login);
        }
    }

    private static String quote(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }

    /**
     * A connection refused over its TLS check: a certificate no trusted authority signed, or one for another name
     * (the driver says so without a cause, naming its hostname verifier), or a root file named in the URL that is not there.
     */
    private static java.util.Optional<String> tlsFailure(SQLException e) {
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof javax.net.ssl.SSLException || cause instanceof java.security.cert.CertificateException) {
                return java.util.Optional.of("error.server.certificate");
            }
            if (cause instanceof java.io.FileNotFoundException) {
                return java.util.Optional.of("error.server.rootCertificate");
            }
        }
        if (e.getCause() == null && e.getMessage() != null && e.getMessage().contains("HostnameVerifier")) {
            return java.util.Optional.of("error.server.certificate");
        }
        return java.util.Optional.empty();
    }

    /** The message for a failed connection, by the SQLSTATE class; never the server's own text, which may hold names. */
    public static String keyFor(SQLException e) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        if (state.startsWith("28")) {
            return "error.server.login";
        }
        if (state.startsWith("08")) {
            return tlsFailure(e).orElse("error.server.unreachable");
        }
        if (state.equals("3D000")) {
            return "error.server.noDatabase";
        }
        return "error.server.other";
    }
}
