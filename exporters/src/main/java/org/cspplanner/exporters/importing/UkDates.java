package org.cspplanner.exporters.importing;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cspplanner.model.DueDate;
import org.cspplanner.model.FinancialYear;
import org.cspplanner.model.ReportingPeriod;

/**
 * Reads dates the way UK plans write them: 31/03/2018 (always day first: 03/04/2018 is 3 April, and an
 * impossible day-first date is reported, never swapped to US order), "31 March 2018", "1 Sept 2017",
 * "March 2026", "Q4 2025/26", ISO dates, and "31 March" (the year taken from the plan).
 */
public final class UkDates {

    private static final DateTimeFormatter UK = DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.UK);
    private static final Pattern NUMERIC = Pattern.compile("(\\d{1,2})[/.\\-](\\d{1,2})[/.\\-](\\d{4}|\\d{2})");
    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("(\\d{1,2})(?:st|nd|rd|th)?\\s+([a-z]+)\\.?,?\\s+(\\d{4})");
    private static final Pattern MONTH_YEAR = Pattern.compile("([a-z]+)\\.?[\\s\\-]+(\\d{4}|\\d{2})");
    private static final Pattern DAY_MONTH = Pattern.compile("(\\d{1,2})(?:st|nd|rd|th)?\\s+([a-z]+)\\.?");
    private static final Pattern QUARTER = Pattern.compile("q\\s*([1-4])(?:\\s+(\\d{4}\\s*[/-]\\s*\\d{2,4}))?");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern NO_DATE = Pattern.compile(
            "(n/?a|none|tbc|tbd|ongoing|on going|on-going|continuous|-|–|quarterly|monthly|annually|various)\\.?");
    private static final Pattern LEAD_IN = Pattern.compile("^(by the end of|by end of|end of|by|before|due|no later than)\\s+");
    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("jan", 1), Map.entry("january", 1), Map.entry("feb", 2), Map.entry("february", 2),
            Map.entry("mar", 3), Map.entry("march", 3), Map.entry("apr", 4), Map.entry("april", 4),
            Map.entry("may", 5), Map.entry("jun", 6), Map.entry("june", 6), Map.entry("jul", 7), Map.entry("july", 7),
            Map.entry("aug", 8), Map.entry("august", 8), Map.entry("sep", 9), Map.entry("sept", 9),
            Map.entry("september", 9), Map.entry("oct", 10), Map.entry("october", 10), Map.entry("nov", 11),
            Map.entry("november", 11), Map.entry("dec", 12), Map.entry("december", 12));

    private UkDates() {
    }

    /** A date read from a cell, or why it could not be; both empty for a blank or "ongoing" cell. */
    public record Parsed(DueDate date, String problem) {
        static final Parsed NONE = new Parsed(null, null);
    }

    public static String format(LocalDate date) {
        return UK.format(date);
    }

    /** Reads a cell; a real Excel date wins over its text. */
    public static Parsed parse(SourceCell cell, FinancialYear planYear) {
        if (cell.date() != null) {
            return new Parsed(DueDate.of(cell.date()), null);
        }
        return parse(cell.text(), planYear);
    }

    public static Parsed parse(String raw, FinancialYear planYear) {
        String t = raw == null ? "" : SPACES.matcher(raw.strip().toLowerCase(Locale.UK)).replaceAll(" ");
        if (t.isEmpty() || NO_DATE.matcher(t).matches()) {
            return Parsed.NONE;
        }
        t = LEAD_IN.matcher(t).replaceFirst("");
        try {
            Matcher m = NUMERIC.matcher(t);
            if (m.matches()) {
                return dayFirst(raw, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), year(m.group(3)));
            }
            m = ISO.matcher(t);
            if (m.matches()) {
                return new Parsed(DueDate.of(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(3)))), null);
            }
            m = DAY_MONTH_YEAR.matcher(t);
            if (m.matches() && MONTHS.containsKey(m.group(2))) {
                return dayFirst(raw, Integer.parseInt(m.group(1)), MONTHS.get(m.group(2)), Integer.parseInt(m.group(3)));
            }
            m = MONTH_YEAR.matcher(t);
            if (m.matches() && MONTHS.containsKey(m.group(1))) {
                return new Parsed(DueDate.ofMonth(YearMonth.of(year(m.group(2)), MONTHS.get(m.group(1)))), null);
            }
            m = QUARTER.matcher(t);
            if (m.matches()) {
                FinancialYear fy = m.group(2) != null ? FinancialYear.parse(m.group(2)) : planYear;
                if (fy != null) {
                    return new Parsed(DueDate.ofQuarter(new ReportingPeriod(fy, Integer.parseInt(m.group(1)))), null);
                }
            }
            m = DAY_MONTH.matcher(t);
            if (m.matches() && MONTHS.containsKey(m.group(2)) && planYear != null) {
                int month = MONTHS.get(m.group(2));
                int year = month >= 4 ? planYear.startYear() : planYear.startYear() + 1;
                Parsed p = dayFirst(raw, Integer.parseInt(m.group(1)), month, year);
                return p.date() == null ? p : new Parsed(p.date(), "'" + raw.strip() + "' has no year; read as "
                        + p.date().display() + ", inside the plan year");
            }
        } catch (DateTimeException | IllegalArgumentException e) {
            return new Parsed(null, "'" + raw.strip() + "' is not a date");
        }
        return new Parsed(null, "'" + raw.strip() + "' is not a date (expected e.g. 31/03/2026, 31 March 2026 or March 2026)");
    }

    private static Parsed dayFirst(String raw, int day, int month, int year) {
        try {
            return new Parsed(DueDate.of(LocalDate.of(year, month, day)), null);
        } catch (DateTimeException e) {
            return new Parsed(null, "'" + raw.strip() + "' is not a valid date: dates are read day first "
                    + "(dd/mm/yyyy) and it was not swapped to US order");
        }
    }

    private static int year(String y) {
        return y.length() == 2 ? 2000 + Integer.parseInt(y) : Integer.parseInt(y);
    }
}
