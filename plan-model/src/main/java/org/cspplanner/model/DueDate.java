package org.cspplanner.model;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;

/**
 * When something is due, as precisely as the plan says it: an exact day, a month ("March 2026")
 * or a financial quarter ("Q4 2025/26").
 */
public final class DueDate implements Comparable<DueDate> {

    /** How precise the plan was. */
    public enum Precision { DAY, MONTH, QUARTER }

    private static final DateTimeFormatter UK_DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.UK);
    private static final DateTimeFormatter UK_MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);

    private final Precision precision;
    private final LocalDate day;
    private final YearMonth month;
    private final ReportingPeriod quarter;

    private DueDate(Precision precision, LocalDate day, YearMonth month, ReportingPeriod quarter) {
        this.precision = precision;
        this.day = day;
        this.month = month;
        this.quarter = quarter;
    }

    public static DueDate of(LocalDate day) {
        return new DueDate(Precision.DAY, Objects.requireNonNull(day), null, null);
    }

    public static DueDate ofMonth(YearMonth month) {
        return new DueDate(Precision.MONTH, null, Objects.requireNonNull(month), null);
    }

    public static DueDate ofQuarter(ReportingPeriod quarter) {
        return new DueDate(Precision.QUARTER, null, null, Objects.requireNonNull(quarter));
    }

    /** Reads the stored form: "2026-03-31", "2026-03" or "Q4 2025/26". */
    public static DueDate parse(String iso) {
        String t = iso.trim();
        try {
            if (t.matches("\\d{4}-\\d{2}-\\d{2}")) {
                return of(LocalDate.parse(t));
            }
            if (t.matches("\\d{4}-\\d{2}")) {
                return ofMonth(YearMonth.parse(t));
            }
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("Not a date: '" + iso + "'", e);
        }
        if (t.toUpperCase(Locale.UK).startsWith("Q")) {
            return ofQuarter(ReportingPeriod.parse(t));
        }
        throw new IllegalArgumentException("Not a due date: '" + iso + "' (expected 2026-03-31, 2026-03 or Q4 2025/26)");
    }

    public Precision precision() {
        return precision;
    }

    /** The last day the work may be done on: used for overdue checks and sorting. */
    public LocalDate latestDay() {
        return switch (precision) {
            case DAY -> day;
            case MONTH -> month.atEndOfMonth();
            case QUARTER -> quarter.end();
        };
    }

    /** The stored and JSON form. */
    public String iso() {
        return switch (precision) {
            case DAY -> day.toString();
            case MONTH -> month.toString();
            case QUARTER -> quarter.label();
        };
    }

    /** The UK display form: "31/03/2026", "March 2026" or "Q4 2025/26". */
    public String display() {
        return switch (precision) {
            case DAY -> UK_DAY.format(day);
            case MONTH -> UK_MONTH.format(month);
            case QUARTER -> quarter.label();
        };
    }

    /** The same precision, moved on by whole years (carry-over). */
    public DueDate plusYears(int years) {
        return switch (precision) {
            case DAY -> of(day.plusYears(years));
            case MONTH -> ofMonth(month.plusYears(years));
            case QUARTER -> ofQuarter(new ReportingPeriod(new FinancialYear(quarter.year().startYear() + years), quarter.quarter()));
        };
    }

    @Override
    public int compareTo(DueDate other) {
        return latestDay().compareTo(other.latestDay());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DueDate d && iso().equals(d.iso());
    }

    @Override
    public int hashCode() {
        return iso().hashCode();
    }

    @Override
    public String toString() {
        return iso();
    }
}
