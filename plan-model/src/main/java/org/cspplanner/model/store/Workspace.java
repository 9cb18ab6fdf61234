package org.cspplanner.model.store;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
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
    private static final int H2_NO_DISK_SPACE = 90100;

    private static final int H2_ENCRYPTION_ERROR = 90049;
    private static final int H2_DATABASE_CLOSED = 90098;
    private static final int H2_VALUE_TOO_LONG = 22001;
    /** The first bytes of a file written by H2's encrypting file system. */
    private static final String ENCRYPTED_HEADER = "H2encrypt\n";

    private final Path directory;
    private final Connection connection;
    private final WorkspaceKey key;

    private Workspace(Path directory, Connection connection, WorkspaceKey key) {
        this.directory = directory;
        this.connection = connection;
        this.key = key;
    }

    /** Opens (creating if need be) the workspace in a folder, bringing its schema up to date. */
    public static Workspace open(Path directory) {
        return open(directory, null);
    }

    /**
     * Opens a workspace protected by a password (H2's AES file encryption), creating it encrypted if it is new;
     * a null password opens an unprotected one. A wrong password is refused before anything is written.
     */
    public static Workspace open(Path directory, char[] password) {
        Path dir = directory.toAbsolutePath().normalize();
        WorkspaceKey key = password == null ? null : WorkspaceKey.derive(password);
        String url = jdbcUrl(dir, key != null);
        Path file = dir.resolve(DATABASE_NAME + ".mv.db");
        boolean encryptedFile = isEncrypted(file);
        if (encryptedFile && key == null) {
            throw new WorkspaceException(WorkspaceException.Reason.PASSWORD_NEEDED, "The workspace " + dir + " is protected by a password: give the password to open it.", null);
        }
        if (!encryptedFile && key != null && Files.exists(file)) {
            throw new WorkspaceException("The workspace " + dir + " is not protected by a password: open it without one.", null);
        }
        char[] h2Password = key == null ? new char[0] : key.h2Password();
        try {
            Files.createDirectories(dir);
            JdbcDataSource dataSource = new JdbcDataSource();
            dataSource.setURL(url);
            dataSource.setUser("csp");
            dataSource.setPasswordChars(h2Password);
            Connection connection = dataSource.getConnection();
            try {
                migrate(dataSource);
                connection.setAutoCommit(false);
                return new Workspace(dir, connection, key);
            } catch (RuntimeException e) {
                connection.close();
                throw e;
            }
        } catch (SQLException e) {
            if (e.getErrorCode() == H2_DATABASE_ALREADY_OPEN) {
                throw new WorkspaceException("The workspace " + dir + " is already open in another CSP Planner window.", e);
            }
            if (e.getErrorCode() == H2_WRONG_PASSWORD || e.getErrorCode() == H2_ENCRYPTION_ERROR) {
                throw new WorkspaceException(WorkspaceException.Reason.WRONG_PASSWORD,
                        "The workspace " + dir + " could not be opened: wrong password.", e);
            }
            if (isDiskFull(e)) {
                throw new WorkspaceException("The workspace " + dir + " could not be opened: the disk is full. Free some space and try again.", e);
            }
            throw new WorkspaceException("The workspace " + dir + " could not be opened: " + e.getMessage(), e);
        } catch (java.io.IOException e) {
            throw new WorkspaceException("The workspace folder " + dir + " could not be created: " + e.getMessage(), e);
        } finally {
            Arrays.fill(h2Password, '\0');
        }
    }

    /** True when the workspace file in this folder is protected by a password (H2 writes a plain header otherwise). */
    public static boolean isEncrypted(Path databaseFile) {
        byte[] magic = ENCRYPTED_HEADER.getBytes(StandardCharsets.US_ASCII);
        try (InputStream in = Files.newInputStream(databaseFile)) {
            return Arrays.equals(in.readNBytes(magic.length), magic);
        } catch (java.io.IOException e) {
            return false;
        }
    }

    /**
     * The URL is built here from a folder name only, never taken from outside: a path with H2 URL syntax
     * in it (";INIT=...") is refused, so no setting or script can be smuggled in.
     * WRITE_DELAY=0 makes every commit durable at once; FILE_LOCK=FS lets the OS drop the lock if we crash;
     * TRACE_LEVEL_FILE=0 stops H2 writing a .trace.db file, whose error reports may quote plan text.
     * REUSE_SPACE=FALSE: in our kill test, H2 2.5.252 with its default space reuse lost the last acknowledged
     * edit on 3 of about 100 kills; appending only, none was lost in 120 kills. The file then
     * grows with every edit until it is compacted, which {@link #close} does.
     */
    static String jdbcUrl(Path dir, boolean encrypted) {
        String path = dir.resolve(DATABASE_NAME).toString();
        if (path.contains(";") || path.contains("\0") || path.toLowerCase(Locale.ROOT).contains("init=")) {
            throw new WorkspaceException("The workspace folder name may not contain ';': " + dir, null);
        }
        return "jdbc:h2:file:" + path + ";WRITE_DELAY=0;FILE_LOCK=FS;DB_CLOSE_ON_EXIT=FALSE;TRACE_LEVEL_FILE=0;REUSE_SPACE=FALSE"
                + (encrypted ? ";CIPHER=AES" : "");
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

    /** The keys of a password-protected workspace, or empty when it has no password. */
    public Optional<WorkspaceKey> key() {
        return Optional.ofNullable(key);
    }

    /** Runs work in one transaction: all of it is committed, or (on any exception) none of it. */
    public synchronized <T> T inTransaction(SqlWork<T> work) {
        try {
            T result = work.run(connection);
            connection.commit();
            durable();
            return result;
        } catch (SQLException e) {
            rollbackQuietly();
            throw storeException(e);
        } catch (RuntimeException e) {
            rollbackQuietly();
            throw e;
        }
    }

    /**
     * Syncs the commit to the disk before we say it is saved, so that a power cut cannot take it back
     * (about a millisecond per edit). Killing the process is covered by REUSE_SPACE=FALSE: see {@link #jdbcUrl}.
     */
    private void durable() throws SQLException {
        try (var statement = connection.createStatement()) {
            statement.execute("CHECKPOINT SYNC");
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

    /**
     * Turns H2's error into a message a person can act on. The messages quote no values: H2's own message for
     * a value that is too long contains the value, and plan text must not reach logs.
     */
    private static StoreException storeException(SQLException e) {
        if (isDiskFull(e)) {
            return new StoreException("The disk is full: the last change could not be saved (everything saved before it is safe)."
                    + " Free some space, then close and reopen CSP Planner.", e);
        }
        if (e.getErrorCode() == H2_DATABASE_CLOSED) {
            return new StoreException("The workspace was closed after an earlier error: close and reopen CSP Planner"
                    + " (everything saved before the error is safe).", e);
        }
        if (e.getErrorCode() == H2_VALUE_TOO_LONG) {
            return new StoreException(tooLong(e.getMessage()) + "; nothing was saved.", e);
        }
        return new StoreException("The workspace could not save or read data (H2 error " + e.getErrorCode() + ").", e);
    }

    /**
     * "A text is too long to save (field title, at most 500 characters)", from H2's message, which names the
     * column and its type before quoting the value (the quoted value is left out).
     */
    static String tooLong(String message) {
        java.util.regex.Matcher m = java.util.regex.Pattern
                .compile("column \"([A-Z_]+) ([A-Z ]+)\\((\\d+)(?:, ?(\\d+))?\\)").matcher(message == null ? "" : message);
        if (!m.find()) {
            return "A value is too long to save";
        }
        String field = m.group(1).toLowerCase(Locale.ROOT).replace('_', ' ');
        if (m.group(2).contains("CHAR")) {
            return "A text is too long to save (field " + field + ", at most " + m.group(3) + " characters)";
        }
        return "A number is too large to save (field " + field + ", at most " + m.group(3) + " digits)";
    }

    /** A write that failed for lack of space, as H2 reports it (the cause chain ends in the OS's IOException). */
    static boolean isDiskFull(Throwable e) {
        if (e instanceof SQLException s && s.getErrorCode() == H2_NO_DISK_SPACE) {
            return true;
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            String message = t.getMessage() == null ? "" : t.getMessage().toLowerCase(Locale.ROOT);
            if (message.contains("no space left on device") || message.contains("not enough space on the disk")
                    || message.contains("disk full")) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }

    private void rollbackQuietly() {
        try {
            connection.rollback();
        } catch (SQLException e) {
            // The error code only: H2's messages can quote the values being written.
            LOG.warn("Rollback failed (H2 error {})", e.getErrorCode());
        }
    }

    /**
     * Closes the workspace, compacting the file: with REUSE_SPACE=FALSE every edit appends to it (about
     * 25 KB each on the sample plan; 1,000 edits compact from 25 MB to under 0.1 MB in about 0.4 s).
     */
    @Override
    public synchronized void close() {
        shutdown("SHUTDOWN COMPACT");
    }

    /**
     * Closes the workspace and rewrites its file without the space that deleted rows left behind, so that
     * deleted text (a plan, a person's name) is no longer in the file. Open the workspace again to go on.
     */
    public synchronized void closeCompacted() {
        try {
            if (!connection.isClosed()) {
                try (var statement = connection.createStatement()) {
                    statement.execute("SHUTDOWN COMPACT");
                }
            }
        } catch (SQLException e) {
            throw storeException(e);
        }
    }

    private void shutdown(String sql) {
        try {
            if (!connection.isClosed()) {
                try (var statement = connection.createStatement()) {
                    statement.execute(sql);
                }
            }
        } catch (SQLException e) {
            LOG.warn("Closing the workspace failed (H2 error {})", e.getErrorCode());
        }
    }

    /** A piece of JDBC work. */
    @FunctionalInterface
    public interface SqlWork<T> {
        T run(Connection connection) throws SQLException;
    }
}
