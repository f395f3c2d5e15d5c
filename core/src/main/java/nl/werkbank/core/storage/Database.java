package nl.werkbank.core.storage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.ReentrantReadWriteLock;
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
    /** The newest migration shipped (db/migration/V7__person_erasure.sql); a test keeps it in step with the files. */
    public static final String SCHEMA_VERSION = "13";

    private final Path directory;
    /** The data key of an encrypted folder ({@link FileKey#NONE} without encryption): backups and compaction need it. */
    private final FileKey key;
    /**
     * Done once the database is open; failed (with a {@link StorageException}) when it could not be opened. Replaced
     * only by {@link #compactNow()} and {@link #bulkLoad}, which close the file and open the one put in its place.
     */
    private volatile CompletableFuture<JdbcConnectionPool> pool;
    /**
     * Work on the file holds the read lock; {@link #compactNow()} and {@link #bulkLoad} the write lock, so they wait for
     * that work and hold new work back while the file is replaced.
     */
    private final ReentrantReadWriteLock fileLock = new ReentrantReadWriteLock();
    private final CompletableFuture<Void> opened;
    private volatile boolean compactOnClose;
    /** The transaction running on this thread, which nested calls join. */
    private final ThreadLocal<Connection> current = new ThreadLocal<>();

    /** The backup put back at opening because an import, demo load or restore had been interrupted. */
    private final AtomicReference<Backup> recovered;
    /** A bulk load's copy: {@link #commitSoFar()} commits, since the copy is all or nothing by its rename. */
    private final boolean commitsAlong;

    private Database(Path directory, FileKey key, CompletableFuture<JdbcConnectionPool> pool, AtomicReference<Backup> recovered) {
        this(directory, key, pool, recovered, false);
    }

    private Database(Path directory, FileKey key, CompletableFuture<JdbcConnectionPool> pool, AtomicReference<Backup> recovered,
                     boolean commitsAlong) {
        this.directory = directory;
        this.key = key;
        this.pool = pool;
        this.recovered = recovered;
        this.opened = pool.thenApply(open -> null);
        this.commitsAlong = commitsAlong;
    }

    /** Opens (creating if needed) a database without encryption in {@code directory}, its schema up to date. */
    public static Database open(Path directory) {
        return open(directory, FileKey.NONE);
    }

    /**
     * Opens (creating if needed) the database in {@code directory} and brings its schema up to date. A new database is
     * encrypted with {@code key} unless that is {@link FileKey#NONE}; an existing one opens the way it was written.
     */
    public static Database open(Path directory, FileKey key) {
        AtomicReference<Backup> recovered = new AtomicReference<>();
        housekeeping(directory, key, recovered);
        return new Database(directory, key, CompletableFuture.completedFuture(connect(directory, key)), recovered);
    }

    /** Opens an unpacked backup to read from: none of the data folder's housekeeping (markers, leftovers, exports). */
    static Database openCopy(Path directory, FileKey key) {
        return new Database(directory, key, CompletableFuture.completedFuture(connect(directory, key)), new AtomicReference<>());
    }

    /** Opens the copy a bulk load writes into ({@link BulkLoad}): as {@link #openCopy}, and it commits along the way. */
    static Database openBulkCopy(Path directory, FileKey key) {
        return new Database(directory, key, CompletableFuture.completedFuture(connect(directory, key)), new AtomicReference<>(), true);
    }

    /**
     * Starts opening the database on a thread of its own and returns at once, so a window can be built
     * meanwhile; the first piece of work waits until it is open (or fails as {@link #open} would).
     */
    public static Database openInBackground(Path directory, FileKey key) {
        CompletableFuture<JdbcConnectionPool> future = new CompletableFuture<>();
        AtomicReference<Backup> recovered = new AtomicReference<>();
        Thread thread = new Thread(() -> {
            try {
                housekeeping(directory, key, recovered);
                future.complete(connect(directory, key));
            } catch (RuntimeException | Error e) {
                future.completeExceptionally(e);
            }
        }, "open-database");
        thread.setDaemon(true);
        thread.start();
        return new Database(directory, key, future, recovered);
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

    /**
     * Before H2 opens the data folder: undo an interrupted import, demo load or restore, and remove what interrupted
     * compactions, backups and exports left behind.
     */
    private static void housekeeping(Path directory, FileKey key, AtomicReference<Backup> recovered) {
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new StorageException("error.database.folder", e, directory.toString());
        }
        FolderPermissions.tighten(directory);
        Compaction.removeLeftovers(directory);
        BulkLoad.removeLeftovers(directory);
        Backups.removeLeftovers(directory);
        GuardedAction.recover(directory, key, java.time.Clock.systemDefaultZone()).ifPresent(recovered::set);
        AtomicFiles.removeLeftovers(directory);
        ExportFolders.open(directory);
    }

    /**
     * Reads a database file that is not the data folder's own (a compacted file before it is swapped in, an unpacked
     * backup): plain H2, read-only, none of the opening's housekeeping or migrations.
     */
    static <T> T readCopy(Path base, FileKey key, SqlFunction<T> work) throws SQLException {
        String url = DatabaseFiles.url(base, key, ";IFEXISTS=TRUE;ACCESS_MODE_DATA=r;DB_CLOSE_ON_EXIT=FALSE");
        try (Connection c = java.sql.DriverManager.getConnection(url, DatabaseFiles.USER, DatabaseFiles.PASSWORD)) {
            return work.apply(c);
        }
    }

    private static JdbcConnectionPool connect(Path directory, FileKey key) {
        Path base = directory.resolve(FILE_NAME);
        String url = DatabaseFiles.url(base, key, ";DB_CLOSE_ON_EXIT=FALSE;DEFAULT_LOCK_TIMEOUT=10000");
        JdbcConnectionPool pool = JdbcConnectionPool.create(url, DatabaseFiles.USER, DatabaseFiles.PASSWORD);
        try {
            // Fail early with a clear message (locked, corrupt) before Flyway wraps the cause.
            pool.getConnection().close();
            // Flyway scans the whole jar for migrations (about half a second of every start): only when needed.
            if (!SCHEMA_VERSION.equals(appliedVersion(pool))) {
                Flyway.configure().dataSource(pool).locations("classpath:db/migration").load().migrate();
                InterruptedAlters.dropCopies(pool);
            }
        } catch (SQLException e) {
            pool.dispose();
            throw translateOpenFailure(e, directory);
        } catch (FlywayException e) {
            pool.dispose();
            throw new StorageException("error.database.migrate", e, directory.toString());
        }
        // H2 creates its files with the default permissions: owner-only, as the rest of the folder.
        FolderPermissions.tighten(directory);
        // Looked up here, not in a static field: logging starts on the opening thread, not on the one asking.
        LoggerFactory.getLogger(Database.class).info("Opened database in {}", directory);
        return pool;
    }

    private static StorageException translateOpenFailure(SQLException e, Path directory) {
        String key = switch (e.getErrorCode()) {
            case ErrorCode.DATABASE_ALREADY_OPEN_1 -> "error.database.inUse";
            case ErrorCode.FILE_ENCRYPTION_ERROR_1 -> "error.database.wrongKey";
            case ErrorCode.FILE_CORRUPTED_1, ErrorCode.FILE_VERSION_ERROR_1 -> "error.database.corrupt";
            default -> "error.database.open";
        };
        return new StorageException(key, e, directory.toString());
    }

    /** When opening found an interrupted import, demo load or restore: the backup from before it, now in place. */
    public Optional<Backup> recoveredFrom() {
        return Optional.ofNullable(recovered.get());
    }

    public Path directory() {
        return directory;
    }

    /** The data key this database was opened with ({@link FileKey#NONE} without encryption). */
    public FileKey fileKey() {
        return key;
    }

    /** True when the database file is encrypted. */
    public boolean encrypted() {
        return DatabaseFiles.encrypted(directory.resolve(FILE_NAME));
    }

    /**
     * Runs {@code work} in one transaction: committed when it returns, rolled back when it throws. Called
     * inside another transaction on the same thread, it joins that one, so a user action that calls several
     * services still commits once or not at all. A commit returns only once the change is in the file and
     * synced to the disk: what the program then reports as saved survives a crash or power loss.
     */
    public <T> T transaction(SqlFunction<T> work) {
        Connection joined = current.get();
        if (joined != null) {
            try {
                return work.apply(joined);
            } catch (SQLException e) {
                throw new StorageException(StorageFailures.key(e, "error.database.write"), e, directory.toString());
            }
        }
        boolean[] committed = new boolean[1];
        for (int attempt = 1; ; attempt++) {
            try {
                return outermost(work, committed);
            } catch (RuntimeException e) {
                // In a bulk copy, part of the work may be committed already: running it again would not be the same.
                if (committed[0] || commitsAlong || !StaleChunk.retry(e, attempt)) {
                    throw e;
                }
                // Rolled back before its commit, so running it again from the start is the same transaction.
            }
        }
    }

    private <T> T outermost(SqlFunction<T> work, boolean[] committed) {
        fileLock.readLock().lock();
        try (Connection connection = pool().getConnection()) {
            connection.setAutoCommit(false);
            current.set(connection);
            try {
                T result = work.apply(connection);
                connection.commit();
                committed[0] = true;
                makeDurable(connection);
                return result;
            } catch (SQLException | RuntimeException e) {
                rollbackQuietly(connection, e);
                throw e;
            } finally {
                current.remove();
            }
        } catch (SQLException e) {
            throw new StorageException(StorageFailures.key(e, "error.database.write"), e, directory.toString());
        } finally {
            fileLock.readLock().unlock();
        }
    }

    /**
     * H2 writes committed changes to the file in the background, up to half a second later; a crash in
     * between loses them. {@code CHECKPOINT SYNC} writes them now and syncs the file (ADR 0010 has the cost).
     * Nothing is written when the transaction changed nothing.
     */
    private static void makeDurable(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("CHECKPOINT SYNC");
        }
    }

    private static void rollbackQuietly(Connection connection, Exception failure) {
        try {
            connection.rollback();
        } catch (SQLException e) {
            failure.addSuppressed(e);
        }
    }

    /**
     * In a bulk load's copy, commits the running transaction's work so far; elsewhere does nothing. The copy only
     * replaces the database once it is complete (its rename is the all-or-nothing), and a thousand rows at a time H2
     * writes the rows of a whole Werkplaats in 8-12 s instead of 14-16 s in one transaction, which keeps an undo entry
     * for every row and goes through all of them again at its commit (ADR 0021).
     */
    public void commitSoFar() {
        Connection running = current.get();
        if (!commitsAlong || running == null) {
            return;
        }
        try {
            running.commit();
        } catch (SQLException e) {
            throw new StorageException(StorageFailures.key(e, "error.database.write"), e, directory.toString());
        }
    }

    /**
     * Runs {@code work} as one transaction (joining an enclosing one) without handing out the connection: a service
     * that combines several repository calls into one user action uses this, so it never touches JDBC itself.
     */
    public <T> T atomically(java.util.function.Supplier<T> work) {
        return transaction(c -> work.get());
    }

    /** Runs {@code work} in a transaction that is always rolled back: to show what a change would do. */
    public <T> T trial(SqlFunction<T> work) {
        if (current.get() != null) {
            throw new IllegalStateException("A trial cannot run inside a transaction: it would roll back the enclosing work");
        }
        for (int attempt = 1; ; attempt++) {
            try {
                return trialOnce(work);
            } catch (RuntimeException e) {
                if (!StaleChunk.retry(e, attempt)) {
                    throw e;
                }
            }
        }
    }

    private <T> T trialOnce(SqlFunction<T> work) {
        fileLock.readLock().lock();
        try (Connection connection = pool().getConnection()) {
            connection.setAutoCommit(false);
            current.set(connection);
            try {
                return work.apply(connection);
            } finally {
                current.remove();
                connection.rollback();
            }
        } catch (SQLException e) {
            throw new StorageException(StorageFailures.key(e, "error.database.write"), e, directory.toString());
        } finally {
            fileLock.readLock().unlock();
        }
    }

    /** The applied schema version, e.g. "5". */
    public String schemaVersion() {
        fileLock.readLock().lock();
        try {
            return Optional.ofNullable(appliedVersion(pool())).orElse("0");
        } catch (SQLException e) {
            throw new StorageException("error.database.open", e, directory.toString());
        } finally {
            fileLock.readLock().unlock();
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

    /**
     * Asks for the file to be rewritten (beside the old one, then swapped in: {@link Compaction}) when the database closes, after a transaction that wrote a great deal
     * (importing a whole Werkplaats): H2 keeps the space such a transaction used, which left a file ten times
     * the size of its data (1 GB for 100 MB). H2's own fill-rate figures proved too unreliable to decide this.
     */
    public void compactOnClose() {
        compactOnClose = true;
    }

    /**
     * Rewrites the file without its unused space now, instead of at closing (the same {@link Compaction}): after an
     * import of a whole Werkplaats the file held 1.7 GB for 64 MB of data until then, and every backup in between
     * copied all of it. Waits for running transactions and holds new ones back meanwhile (about 2 s for 250,000
     * lines); when the file stays busy it is left to {@link #close()}. Returns true when the file was rewritten.
     */
    public boolean compactNow() {
        if (current.get() != null) {
            throw new IllegalStateException("Compacting closes the file: not inside a transaction");
        }
        boolean locked = false;
        try {
            locked = fileLock.writeLock().tryLock(30, TimeUnit.SECONDS);
            if (!locked) {
                compactOnClose = true;
                return false;
            }
            JdbcConnectionPool open = pool();
            Map<String, Long> counts = countsForCompaction(open);
            if (counts == null) {
                return false;
            }
            open.dispose();
            try {
                Compaction.run(directory, key, counts);
            } finally {
                pool = reopen();
            }
            compactOnClose = false;
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } finally {
            if (locked) {
                fileLock.writeLock().unlock();
            }
        }
    }

    /**
     * A big import into an empty database, into a new file ({@link BulkLoad}): {@code load} runs against a copy of this
     * database without its secondary indexes and foreign keys; when it returns, those are built again and checked, and
     * the copy replaces the file in one rename. Other work waits until then. When {@code load} throws, nothing changed.
     */
    public <T> T bulkLoad(java.util.function.Function<Database, T> load) {
        if (current.get() != null) {
            throw new IllegalStateException("A bulk load replaces the file: not inside a transaction");
        }
        fileLock.writeLock().lock();
        try {
            pool().dispose();
            try {
                BulkLoad.Loaded<T> loaded = BulkLoad.intoCopy(directory, key, load);
                BulkLoad.swapIn(directory, loaded.file());
                compactOnClose = false;
                return loaded.result();
            } catch (IOException | SQLException e) {
                throw new StorageException(StorageFailures.key(e, "error.database.write"), e, directory.toString());
            } finally {
                BulkLoad.removeLeftovers(directory);
                pool = reopen();
            }
        } finally {
            fileLock.writeLock().unlock();
        }
    }

    private CompletableFuture<JdbcConnectionPool> reopen() {
        try {
            return CompletableFuture.completedFuture(connect(directory, key));
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    @Override
    public void close() {
        // Waits for an opening still under way; a database that could not be opened has nothing to close.
        if (pool.exceptionally(failure -> null).join() == null) {
            return;
        }
        // Lets a compaction under way finish first; a transaction still running after that long is left to H2.
        boolean locked = false;
        try {
            locked = current.get() == null && fileLock.writeLock().tryLock(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            JdbcConnectionPool open = pool.exceptionally(failure -> null).join();
            if (open == null) {
                return;
            }
            Map<String, Long> counts = compactOnClose && open.getActiveConnections() == 0 ? countsForCompaction(open) : null;
            open.dispose();
            if (counts != null) {
                Compaction.run(directory, key, counts);
            }
        } finally {
            if (locked) {
                fileLock.writeLock().unlock();
            }
        }
    }

    private Map<String, Long> countsForCompaction(JdbcConnectionPool open) {
        try (Connection c = open.getConnection()) {
            return DataTables.counts(c);
        } catch (SQLException e) {
            LoggerFactory.getLogger(Database.class).warn("Not compacting the database in {}", directory, e);
            return null;
        }
    }
}
