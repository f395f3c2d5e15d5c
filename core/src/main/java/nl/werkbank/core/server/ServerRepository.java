package nl.werkbank.core.server;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import javax.sql.DataSource;

/** What the server says about itself over JDBC, and its failures in the user's words (by PostgreSQL's SQLSTATE). */
final class ServerRepository {

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

    /** The message for a failed connection, by the SQLSTATE class; never the server's own text, which may hold names. */
    static String keyFor(SQLException e) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        if (state.startsWith("28")) {
            return "error.server.login";
        }
        if (state.startsWith("08")) {
            return "error.server.unreachable";
        }
        if (state.equals("3D000")) {
            return "error.server.noDatabase";
        }
        return "error.server.other";
    }
}
