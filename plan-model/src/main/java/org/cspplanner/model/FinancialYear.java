package org.cspplanner.model;

import java.time.LocalDate;
import java.time.Month;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A UK financial year, 1 April to 31 March, written "2024/25". */
public record FinancialYear(int startYear) implements Comparable<FinancialYear> {

    private static final Pattern LABEL = Pattern.compile("(\\d{4})\\s*[/-]\\s*(\\d{2}|\\d{4})");

    public FinancialYear {
        if (startYear < 1900 || startYear > 2999) {
            throw new IllegalArgumentException("Financial year out of range: " + startYear);
        }
    }

    /** The financial year a date falls in. */
    public static FinancialYear containing(LocalDate date) {
        return new FinancialYear(date.getMonthValue() >= Month.APRIL.getValue() ? date.getYear() : date.getYear() - 1);
    }

    /** Parses "2024/25", "2024-25" or "2024/2025". */
    public static FinancialYear parse(String text) {
        Matcher m = LABEL.matcher(text.trim());
        if (!m.matches()) {
            throw new IllegalArgumentException("Not a financial year: '" + text + "' (expected e.g. 2024/25)");
        }
        int start = Integer.parseInt(m.group(1));
        String end = m.group(2);
        int endYear = end.length() == 2 ? (start / 100) * 100 + Integer.parseInt(end) : Integer.parseInt(end);
        if (end.length() == 2 && endYear < start) {
            endYear += 100;
        }
        if (endYear != start + 1) {
            throw new IllegalArgumentException("Not a financial year: '" + text + "' (the years must be consecutive)");
        }
        return new FinancialYear(start);
    }

    public LocalDate start() {
        return LocalDate.of(startYear, Month.APRIL, 1);
    }

    public LocalDate end() {
        return LocalDate.of(startYear + 1, Month.MARCH, 31);
    }

    public FinancialYear next() {
        return new FinancialYear(startYear + 1);
    }

    public FinancialYear previous() {
        return new FinancialYear(startYear - 1);
    }

    public String label() {
        return String.format("%d/%02d", startYear, (startYear + 1) % 100);
    }

    @Override
    public int compareTo(FinancialYear other) {
        return Integer.compare(startYear, other.startYear);
    }

    @Override
    public String toString() {
        return label();
    }
}
