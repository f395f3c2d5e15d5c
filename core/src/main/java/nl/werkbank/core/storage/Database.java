package nl.werkbank.core.storage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.h2.api.ErrorCode;
import org.h2.jdbcx.JdbcConnectionPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded H2 file database in the data folder. Opening it migrates the schema with Flyway; all
 * work goes through {@link #transaction(SqlFunction)} so a failure never leaves half a change behind.
 */
public final class Database implements AutoCloseable {

    public static final String FILE_NAME = "werkbank";
    private static final Logger LOG = LoggerFactory.getLogger(Database.class);

    private final Path directory;
    private final JdbcConnectionPool pool;

    private Database(Path directory, JdbcConnectionPool pool) {
        this.directory = directory;
        this.pool = pool;
    }

    /** Opens (creating if needed) the database in {@code directory} and brings its schema up to date. */
    public static Database open(Path directory) {
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
            Flyway.configure().dataSource(pool).locations("classpath:db/migration").load().migrate();
        } catch (SQLException e) {
            pool.dispose();
            throw translateOpenFailure(e, directory);
        } catch (FlywayException e) {
            pool.dispose();
            throw new StorageException("error.database.migrate", e, directory.toString());
        }
        LOG.info("Opened database in {}", directory);
        return new Database(directory, pool);
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
        try (Connection connection = pool.getConnection()) {
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
        try (Connection connection = pool.getConnection()) {
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

    /** The applied schema version, e.g. "1". */
    public String schemaVersion() {
        MigrationInfo current = Flyway.configure().dataSource(pool).locations("classpath:db/migration").load()
                .info().current();
        return Optional.ofNullable(current).map(info -> info.getVersion().getVersion()).orElse("0");
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

    @Override
    public void close() {
        pool.dispose();
    }
}
