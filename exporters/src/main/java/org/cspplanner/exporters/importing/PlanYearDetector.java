package org.cspplanner.exporters.importing;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cspplanner.model.FinancialYear;
import org.cspplanner.model.ReportingPeriod;

/**
 * Finds the plan's period and title in the lines above its table ("Action Plan 2021-2022",
 * "01 April 2014 – 31 March 2015", "Rolling Plan April 2009 to March 2012") or in the file name.
 */
final class PlanYearDetector {

    private static final Pattern RANGE = Pattern.compile(
            "(?i)\\b((?:19|20)\\d\\d)\\s*(?:[-/–—]|to)\\s*(?:\\d{1,2}(?:st|nd|rd|th)?\\s+)?(?:[a-z]+\\s+)?(\\d{4}|\\d{2})\\b");
    private static final Pattern SINGLE = Pattern.compile("\\b((?:19|20)\\d\\d)\\b");

    private PlanYearDetector() {
    }

    /** The first and last financial years the texts name, or null. */
    static FinancialYear[] detect(List<String> texts) {
        for (String text : texts) {
            Matcher m = RANGE.matcher(text);
            while (m.find()) {
                int start = Integer.parseInt(m.group(1));
                String e = m.group(2);
                int end = e.length() == 2 ? start / 100 * 100 + Integer.parseInt(e) : Integer.parseInt(e);
                if (end > start && end - start <= 5) {
                    return new FinancialYear[] {new FinancialYear(start), new FinancialYear(end - 1)};
                }
            }
        }
        for (String text : texts) {
            Matcher m = SINGLE.matcher(text);
            if (m.find()) {
                FinancialYear fy = new FinancialYear(Integer.parseInt(m.group(1)));
                return new FinancialYear[] {fy, fy};
            }
        }
        return null;
    }

    /** The first line that reads like a plan's title: not "DRAFT", not a page number, not a paragraph. */
    static String title(List<String> lines) {
        for (String line : lines) {
            String t = line.strip().replaceAll("\\s+", " ");
            if (t.length() >= 5 && t.length() <= 150 && !t.equalsIgnoreCase("draft") && t.chars().anyMatch(Character::isLetter)
                    && !t.toLowerCase(Locale.UK).startsWith("page ")) {
                return t;
            }
        }
        return null;
    }

    /** A column's period: "Q2 2024/25" as written, "Q2" in the plan year. */
    static ReportingPeriod period(String label, FinancialYear planYear) {
        if (label == null || label.isBlank()) {
            return null;
        }
        String t = label.strip();
        if (t.matches("(?i)q\\s*[1-4]")) {
            return new ReportingPeriod(planYear, Integer.parseInt(t.substring(t.length() - 1)));
        }
        try {
            return ReportingPeriod.parse(t);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** Where a "progress narrative" column reports: the plan's last quarter once it is over, else this quarter. */
    static ReportingPeriod progressPeriod(LocalDate periodStart, LocalDate periodEnd, LocalDate today) {
        if (today.isAfter(periodEnd)) {
            return ReportingPeriod.containing(periodEnd);
        }
        return ReportingPeriod.containing(today.isBefore(periodStart) ? periodStart : today);
    }
}
