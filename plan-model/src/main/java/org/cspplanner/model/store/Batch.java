package org.cspplanner.model.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/** One prepared INSERT run for many rows: whole plans are written in a few round trips. */
final class Batch implements AutoCloseable {
    private static final int FLUSH_EVERY = 500;

    private final PreparedStatement statement;
    private int pending;

    Batch(Connection connection, String sql) throws SQLException {
        this.statement = connection.prepareStatement(sql);
    }

    void add(Object... params) throws SQLException {
        Sql.bind(statement, params);
        statement.addBatch();
        if (++pending >= FLUSH_EVERY) {
            flush();
        }
    }

    private void flush() throws SQLException {
        if (pending > 0) {
            statement.executeBatch();
            pending = 0;
        }
    }

    @Override
    public void close() throws SQLException {
        try {
            flush();
        } finally {
            statement.close();
        }
    }
}
