package org.cspplanner.model.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.h2.jdbcx.JdbcDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One workspace: an embedded H2 file holding every plan, opened for this process only.
 * Every unit of work runs in its own transaction and is on disk when {@link #inTransaction} returns.
 */
public final class Workspace implements AutoCloseable {

    /** File name (without H2's .mv.db ending) of the database inside the workspace folder. */
    public static final String DATABASE_NAME = "workspace";

    private static final Logger LOG = LoggerFactory.getLogger(Workspace.class);
    private static final int H2_DATABASE_ALREADY_OPEN = 90020;
    private static final int H2_WRONG_PASSWORD = 28000;

    private final Path directory;
    private final Connection connection;

    private Workspace(Path directory, Connection connection) {
        this.directory = directory;
        this.connection = connection;
    }

    /** Opens (creating if need be) the workspace in a folder, bringing its schema up to date. */
    public static Workspace open(Path directory) {
        Path dir = directory.toAbsolutePath().normalize();
        String url = jdbcUrl(dir);
        try {
            Files.createDirectories(dir);
            JdbcDataSource dataSource = new JdbcDataSource();
            dataSource.setURL(url);
            dataSource.setUser("csp");
            dataSource.setPassword("");
            Connection connection = dataSource.getConnection();
            try {
                migrate(dataSource);
                connection.setAutoCommit(false);
                return new Workspace(dir, connection);
            } catch (RuntimeException e) {
                connection.close();
                throw e;
            }
        } catch (SQLException e) {
            if (e.getErrorCode() == H2_DATABASE_ALREADY_OPEN) {
                throw new WorkspaceException("The workspace " + dir + " is already open in another CSP Planner window.", e);
            }
            if (e.getErrorCode() == H2_WRONG_PASSWORD) {
                throw new WorkspaceException("The workspace " + dir + " could not be opened: wrong password.", e);
            }
            throw new WorkspaceException("The workspace " + dir + " could not be opened: " + e.getMessage(), e);
        } catch (java.io.IOException e) {
            throw new WorkspaceException("The workspace folder " + dir + " could not be created: " + e.getMessage(), e);
        }
    }

    /**
     * The URL is built here from a folder name only, never taken from outside: a path with H2 URL syntax
     * in it (";INIT=...") is refused, so no setting or script can be smuggled in.
     * WRITE_DELAY=0 makes every commit durable at once; FILE_LOCK=FS lets the OS drop the lock if we crash.
     */
    static String jdbcUrl(Path dir) {
        String path = dir.resolve(DATABASE_NAME).toString();
        if (path.contains(";") || path.contains("\0") || path.toLowerCase(Locale.ROOT).contains("init=")) {
            throw new WorkspaceException("The workspace folder name may not contain ';': " + dir, null);
        }
        return "jdbc:h2:file:" + path + ";WRITE_DELAY=0;FILE_LOCK=FS;DB_CLOSE_ON_EXIT=FALSE";
    }

    private static void migrate(JdbcDataSource dataSource) {
        try {
            Flyway.configure()
                    .dataSource(dataSource)
                    .locations("classpath:db/migration")
                    .failOnMissingLocations(true)
                    .load()
                    .migrate();
        } catch (FlywayException e) {
            throw new WorkspaceException("The workspace could not be brought up to date: " + e.getMessage(), e);
        }
    }

    public Path directory() {
        return directory;
    }

    public Path databaseFile() {
        return directory.resolve(DATABASE_NAME + ".mv.db");
    }

    /** Runs work in one transaction: all of it is committed, or (on any exception) none of it. */
    public synchronized <T> T inTransaction(SqlWork<T> work) {
        try {
            T result = work.run(connection);
            connection.commit();
            return result;
        } catch (SQLException e) {
            rollbackQuietly();
            throw storeException(e);
        } catch (RuntimeException e) {
            rollbackQuietly();
            throw e;
        }
    }

    /** Runs read-only work against a consistent view. */
    public synchronized <T> T read(SqlWork<T> work) {
        try {
            T result = work.run(connection);
            connection.commit();
            return result;
        } catch (SQLException e) {
            rollbackQuietly();
            throw storeException(e);
        }
    }

    private static StoreException storeException(SQLException e) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        if (e.getErrorCode() == 90100 || state.startsWith("HY") && e.getMessage().contains("No space left")) {
            return new StoreException("The disk is full: the last change could not be saved. Free some space and try again.", e);
        }
        return new StoreException("The workspace could not save or read data: " + e.getMessage(), e);
    }

    private void rollbackQuietly() {
        try {
            connection.rollback();
        } catch (SQLException e) {
            LOG.warn("Rollback failed", e);
        }
    }

    @Override
    public synchronized void close() {
        try {
            if (!connection.isClosed()) {
                try (var statement = connection.createStatement()) {
                    statement.execute("SHUTDOWN");
                }
            }
        } catch (SQLException e) {
            LOG.warn("Closing the workspace failed", e);
        }
    }

    /** A piece of JDBC work. */
    @FunctionalInterface
    public interface SqlWork<T> {
        T run(Connection connection) throws SQLException;
    }
}
