package org.cspplanner.model;

import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A financial-year quarter, written "Q3 2024/25"; Q1 is April to June. */
public record ReportingPeriod(FinancialYear year, int quarter) implements Comparable<ReportingPeriod> {

    private static final Pattern LABEL = Pattern.compile("(?i)Q\\s*([1-4])\\s+(\\d{4}\\s*[/-]\\s*\\d{2,4})");

    public ReportingPeriod {
        if (year == null) {
            throw new IllegalArgumentException("A reporting period needs a financial year");
        }
        if (quarter < 1 || quarter > 4) {
            throw new IllegalArgumentException("Quarter must be 1 to 4, not " + quarter);
        }
    }

    public static ReportingPeriod of(int startYear, int quarter) {
        return new ReportingPeriod(new FinancialYear(startYear), quarter);
    }

    /** The quarter a date falls in. */
    public static ReportingPeriod containing(LocalDate date) {
        FinancialYear year = FinancialYear.containing(date);
        int monthsIn = (date.getMonthValue() + 8) % 12; // April -> 0 ... March -> 11
        return new ReportingPeriod(year, monthsIn / 3 + 1);
    }

    /** Parses "Q4 2014/15" (any case, "2014-15" and "2014/2015" also accepted). */
    public static ReportingPeriod parse(String text) {
        if (text == null) {
            throw new IllegalArgumentException("No reporting period given");
        }
        Matcher m = LABEL.matcher(text.trim());
        if (!m.matches()) {
            throw new IllegalArgumentException(
                    "Not a reporting period: '" + text + "' (expected e.g. Q4 2014/15)");
        }
        return new ReportingPeriod(FinancialYear.parse(m.group(2)), Integer.parseInt(m.group(1)));
    }

    public LocalDate start() {
        return year.start().plusMonths(3L * (quarter - 1));
    }

    public LocalDate end() {
        return start().plusMonths(3).minusDays(1);
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(start()) && !date.isAfter(end());
    }

    public ReportingPeriod previous() {
        return quarter == 1 ? new ReportingPeriod(year.previous(), 4) : new ReportingPeriod(year, quarter - 1);
    }

    public ReportingPeriod next() {
        return quarter == 4 ? new ReportingPeriod(year.next(), 1) : new ReportingPeriod(year, quarter + 1);
    }

    public String label() {
        return "Q" + quarter + " " + year.label();
    }

    /** "Apr–Jun 2024", for column headings. */
    public String monthsLabel() {
        LocalDate s = start();
        LocalDate e = end();
        return s.getMonth().getDisplayName(java.time.format.TextStyle.SHORT, Locale.UK) + "–"
                + e.getMonth().getDisplayName(java.time.format.TextStyle.SHORT, Locale.UK) + " " + e.getYear();
    }

    @Override
    public int compareTo(ReportingPeriod other) {
        int c = year.compareTo(other.year);
        return c != 0 ? c : Integer.compare(quarter, other.quarter);
    }

    @Override
    public String toString() {
        return label();
    }
}
