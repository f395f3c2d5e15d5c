package nl.werkbank.core.storage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.h2.api.ErrorCode;
import org.h2.jdbcx.JdbcConnectionPool;
import org.slf4j.LoggerFactory;

/**
 * The embedded H2 file database in the data folder. Opening it migrates the schema with Flyway; all
 * work goes through {@link #transaction(SqlFunction)} so a failure never leaves half a change behind.
 */
public final class Database implements AutoCloseable {

    public static final String FILE_NAME = "werkbank";
    /** The newest migration shipped (db/migration/V5__exchange.sql); a test keeps it in step with the files. */
    public static final String SCHEMA_VERSION = "5";

    private final Path directory;
    /** Done once the database is open; failed (with a {@link StorageException}) when it could not be opened. */
    private final CompletableFuture<JdbcConnectionPool> pool;
    private final CompletableFuture<Void> opened;
    private volatile boolean compactOnClose;

    private Database(Path directory, CompletableFuture<JdbcConnectionPool> pool) {
        this.directory = directory;
        this.pool = pool;
        this.opened = pool.thenApply(open -> null);
    }

    /** Opens (creating if needed) the database in {@code directory} and brings its schema up to date. */
    public static Database open(Path directory) {
        return new Database(directory, CompletableFuture.completedFuture(connect(directory)));
    }

    /**
     * Starts opening the database on a thread of its own and returns at once, so a window can be built
     * meanwhile; the first piece of work waits until it is open (or fails as {@link #open} would).
     */
    public static Database openInBackground(Path directory) {
        CompletableFuture<JdbcConnectionPool> future = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            try {
                future.complete(connect(directory));
            } catch (RuntimeException | Error e) {
                future.completeExceptionally(e);
            }
        }, "open-database");
        thread.setDaemon(true);
        thread.start();
        return new Database(directory, future);
    }

    /** Completes when the database is open; completes exceptionally with the reason when it cannot be opened. */
    public CompletableFuture<Void> opened() {
        return opened;
    }

    private JdbcConnectionPool pool() {
        try {
            return pool.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    private static JdbcConnectionPool connect(Path directory) {
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new StorageException("error.database.folder", e, directory.toString());
        }
        String url = "jdbc:h2:file:" + directory.resolve(FILE_NAME).toAbsolutePath()
                + ";DB_CLOSE_ON_EXIT=FALSE;DEFAULT_LOCK_TIMEOUT=10000";
        JdbcConnectionPool pool = JdbcConnectionPool.create(url, "werkbank", "");
        try {
            // Fail early with a clear message (locked, corrupt) before Flyway wraps the cause.
            pool.getConnection().close();
            // Flyway scans the whole jar for migrations (about half a second of every start): only when needed.
            if (!SCHEMA_VERSION.equals(appliedVersion(pool))) {
                Flyway.configure().dataSource(pool).locations("classpath:db/migration").load().migrate();
            }
        } catch (SQLException e) {
            pool.dispose();
            throw translateOpenFailure(e, directory);
        } catch (FlywayException e) {
            pool.dispose();
            throw new StorageException("error.database.migrate", e, directory.toString());
        }
        // Looked up here, not in a static field: logging starts on the opening thread, not on the one asking.
        LoggerFactory.getLogger(Database.class).info("Opened database in {}", directory);
        return pool;
    }

    private static StorageException translateOpenFailure(SQLException e, Path directory) {
        String key = switch (e.getErrorCode()) {
            case ErrorCode.DATABASE_ALREADY_OPEN_1 -> "error.database.inUse";
            case ErrorCode.FILE_CORRUPTED_1, ErrorCode.FILE_VERSION_ERROR_1 -> "error.database.corrupt";
            default -> "error.database.open";
        };
        return new StorageException(key, e, directory.toString());
    }

    public Path directory() {
        return directory;
    }

    /** Runs {@code work} in one transaction: committed when it returns, rolled back when it throws. */
    public <T> T transaction(SqlFunction<T> work) {
        try (Connection connection = pool().getConnection()) {
            connection.setAutoCommit(false);
            try {
                T result = work.apply(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new StorageException("error.database.write", e, directory.toString());
        }
    }

    /** Runs {@code work} in a transaction that is always rolled back: to show what a change would do. */
    public <T> T trial(SqlFunction<T> work) {
        try (Connection connection = pool().getConnection()) {
            connection.setAutoCommit(false);
            try {
                return work.apply(connection);
            } finally {
                connection.rollback();
            }
        } catch (SQLException e) {
            throw new StorageException("error.database.write", e, directory.toString());
        }
    }

    /** The applied schema version, e.g. "5". */
    public String schemaVersion() {
        try {
            return Optional.ofNullable(appliedVersion(pool())).orElse("0");
        } catch (SQLException e) {
            throw new StorageException("error.database.open", e, directory.toString());
        }
    }

    /** The newest successfully applied migration, or null on a new database. */
    private static String appliedVersion(JdbcConnectionPool pool) throws SQLException {
        try (Connection c = pool.getConnection()) {
            boolean exists = Sql.count(c, "SELECT COUNT(*) FROM information_schema.tables"
                    + " WHERE table_schema = 'PUBLIC' AND table_name = 'flyway_schema_history'") > 0;
            if (!exists) {
                return null;
            }
            return Sql.list(c, "SELECT \"version\" FROM \"flyway_schema_history\" WHERE \"success\" AND \"version\" IS NOT NULL"
                    + " ORDER BY \"installed_rank\" DESC LIMIT 1", row -> row.getString(1)).stream().findFirst().orElse(null);
        }
    }

    /** Writes a consistent copy of the whole database to a zip file (H2 {@code BACKUP TO}). */
    public Path backup(Path target) {
        try {
            Files.createDirectories(target.toAbsolutePath().getParent());
        } catch (IOException e) {
            throw new StorageException("error.database.backup", e, target.toString());
        }
        transaction(c -> {
            try (var statement = c.prepareStatement("BACKUP TO ?")) {
                statement.setString(1, target.toAbsolutePath().toString());
                statement.execute();
            }
            return null;
        });
        return target;
    }

    /**
     * Asks for the file to be rewritten when the database closes, after a transaction that wrote a great deal
     * (importing a whole Werkplaats): H2 keeps the space such a transaction used, which left a file ten times
     * the size of its data (1 GB for 100 MB). H2's own fill-rate figures proved too unreliable to decide this.
     */
    public void compactOnClose() {
        compactOnClose = true;
    }

    @Override
    public void close() {
        // Waits for an opening still under way; a database that could not be opened has nothing to close.
        JdbcConnectionPool open = pool.exceptionally(failure -> null).join();
        if (open != null) {
            if (compactOnClose && open.getActiveConnections() == 0) {
                compact(open);
            }
            open.dispose();
        }
    }

    /** Rewrites the file without its unused space, which closes the database (about 2 s for 100 MB of data). */
    private void compact(JdbcConnectionPool open) {
        LoggerFactory.getLogger(Database.class).info("Compacting the database in {}", directory);
        try (Connection c = open.getConnection(); var statement = c.createStatement()) {
            statement.execute("SHUTDOWN COMPACT");
        } catch (SQLException e) {
            // Only disk space is at stake: the data is stored either way.
            LoggerFactory.getLogger(Database.class).warn("Could not compact the database in {}", directory, e);
        }
    }
}
