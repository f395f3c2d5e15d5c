package nl.werkbank.core.server;

import java.util.Locale;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Where the Werkplaats server is and who logs in: a PostgreSQL JDBC URL ({@code ?sslmode=verify-full} for TLS, with
 * {@code &sslrootcert=FILE} when the server's certificate comes from the organisation's own authority) and an
 * account. The password is never part of {@link #toString()} or {@link #displayUrl()}, so it cannot reach a log.
 */
public final class ServerAccount {

    private static final String PREFIX = "jdbc:postgresql://";
    /** Seconds to wait for a server that does not answer (a venue without network must not hang the program). */
    private static final int CONNECT_TIMEOUT = 10;
    /** Seconds without an answer before a read gives up: a network that drops half-way must not hang a sync for hours. */
    private static final int SOCKET_TIMEOUT = 300;

    /**
     * pgjdbc logs through java.util.logging, which prints to the console (a refused certificate as "SEVERE", in English,
     * above the user's own message): its lines go to Werkbank's log file instead. Held here, as JUL keeps loggers weakly.
     */
    private static final java.util.logging.Logger DRIVER_LOG = driverLog();

    private final String url;
    private final String user;
    private final char[] password;

    public ServerAccount(String url, String user, char[] password) {
        checkUrl(url);
        this.url = url;
        this.user = user;
        this.password = password.clone();
    }

    /** Refuses what is not a PostgreSQL JDBC URL, or one that carries a password, before anything else is asked. */
    public static void checkUrl(String url) {
        if (url == null || !url.toLowerCase(Locale.ROOT).startsWith(PREFIX) || url.length() == PREFIX.length()) {
            throw new ServerException("error.server.url", null, url == null ? "" : withoutQuery(url));
        }
        if (withoutQuery(url).length() < url.length() && url.toLowerCase(Locale.ROOT).contains("password=")) {
            // A password in the URL would end up wherever the URL is shown or kept.
            throw new ServerException("error.server.passwordInUrl", null, withoutQuery(url));
        }
    }

    public DataSource dataSource() {
        PGSimpleDataSource source = new PGSimpleDataSource();
        source.setUrl(url);
        source.setUser(user);
        source.setPassword(new String(password));
        source.setConnectTimeout(CONNECT_TIMEOUT);
        source.setSocketTimeout(SOCKET_TIMEOUT);
        source.setTcpKeepAlive(true);
        source.setApplicationName("Werkbank");
        // A batch of inserts goes as multi-row statements: the first sync of a whole Werkplaats sends 270,000 rows.
        source.setReWriteBatchedInserts(true);
        if (verifiesWithoutRootFile(url)) {
            // The driver would look for ~/.postgresql/root.crt, which a laptop does not have: a server with a certificate
            // of a public authority is checked against Java's own list of them, as a browser would.
            source.setSslfactory("org.postgresql.ssl.DefaultJavaSSLFactory");
        }
        return source;
    }

    /** A URL that asks to check the server's certificate (verify-ca, verify-full) and names no root file or factory. */
    static boolean verifiesWithoutRootFile(String url) {
        String query = url.length() > withoutQuery(url).length() ? url.substring(url.indexOf('?') + 1).toLowerCase(Locale.ROOT) : "";
        java.util.Map<String, String> parameters = new java.util.HashMap<>();
        for (String pair : query.split("&")) {
            int equals = pair.indexOf('=');
            parameters.put(equals < 0 ? pair : pair.substring(0, equals), equals < 0 ? "" : pair.substring(equals + 1));
        }
        String mode = parameters.getOrDefault("sslmode", "");
        return (mode.equals("verify-ca") || mode.equals("verify-full"))
                && !parameters.containsKey("sslrootcert") && !parameters.containsKey("sslfactory");
    }

    private static java.util.logging.Logger driverLog() {
        java.util.logging.Logger logger = java.util.logging.Logger.getLogger("org.postgresql");
        logger.setUseParentHandlers(false);
        logger.addHandler(new org.slf4j.bridge.SLF4JBridgeHandler());
        return logger;
    }

    /** The URL without its parameters, to show. */
    public String displayUrl() {
        return withoutQuery(url);
    }

    public String user() {
        return user;
    }

    private static String withoutQuery(String url) {
        int query = url.indexOf('?');
        return query < 0 ? url : url.substring(0, query);
    }

    @Override
    public String toString() {
        return user + " @ " + displayUrl();
    }
}
