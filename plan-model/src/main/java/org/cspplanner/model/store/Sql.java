package org.cspplanner.model.store;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** A little JDBC, so that the SQL in the stores stays short and visible. */
final class Sql {
    private Sql() {
    }

    /** Maps the current row of a result set. */
    @FunctionalInterface
    interface RowMapper<T> {
        T map(ResultSet rs) throws SQLException;
    }

    static int update(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, params);
            return ps.executeUpdate();
        }
    }

    /**
     * Updates a row, or inserts it when there is none. The INSERT takes the UPDATE's parameters in the
     * same order (its last one being the key) followed by {@code extraInsertParams}: standard SQL that
     * H2 and PostgreSQL both run.
     */
    static void upsert(Connection c, String updateSql, Object[] params, String insertSql, Object... extraInsertParams)
            throws SQLException {
        if (update(c, updateSql, params) == 0) {
            Object[] all = new Object[params.length + extraInsertParams.length];
            System.arraycopy(params, 0, all, 0, params.length);
            System.arraycopy(extraInsertParams, 0, all, params.length, extraInsertParams.length);
            update(c, insertSql, all);
        }
    }

    static <T> List<T> query(Connection c, String sql, RowMapper<T> mapper, Object... params) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, params);
            try (ResultSet rs = ps.executeQuery()) {
                List<T> rows = new ArrayList<>();
                while (rs.next()) {
                    rows.add(mapper.map(rs));
                }
                return rows;
            }
        }
    }

    static void bind(PreparedStatement ps, Object... params) throws SQLException {
        for (int i = 0; i < params.length; i++) {
            Object p = params[i];
            int index = i + 1;
            if (p == null) {
                ps.setNull(index, Types.NULL);
            } else if (p instanceof UUID u) {
                ps.setObject(index, u);
            } else if (p instanceof LocalDate d) {
                ps.setObject(index, d);
            } else if (p instanceof Instant t) {
                ps.setTimestamp(index, Timestamp.from(t));
            } else if (p instanceof BigDecimal b) {
                ps.setBigDecimal(index, b);
            } else if (p instanceof Integer n) {
                ps.setInt(index, n);
            } else if (p instanceof Enum<?> e) {
                ps.setString(index, e.name());
            } else {
                ps.setString(index, p.toString());
            }
        }
    }

    static UUID uuid(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, UUID.class);
    }

    static LocalDate date(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, LocalDate.class);
    }
}
