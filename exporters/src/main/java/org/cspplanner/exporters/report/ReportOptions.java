package org.cspplanner.exporters.report;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.cspplanner.model.ReportingPeriod;

/**
 * What the report dialog or the command line chose: kind, period, the date it is made (for "overdue"),
 * the layout of the board pack's full action plan, and the sections to include.
 */
public record ReportOptions(ReportKind kind, ReportingPeriod period, LocalDate today, String layout,
                            Set<ReportSection> sections) {

    /** The board pack shows the plan as the Fenland delivery plan does: one row per project, with RAG. */
    public static final String DEFAULT_LAYOUT = "delivery-plan";

    public ReportOptions {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(period, "period");
        today = today == null ? LocalDate.now() : today;
        layout = layout == null || layout.isBlank() ? DEFAULT_LAYOUT : layout;
        sections = sections == null || sections.isEmpty() ? ReportSection.defaults(kind) : EnumSet.copyOf(sections);
    }

    public static ReportOptions of(ReportKind kind, ReportingPeriod period, LocalDate today) {
        return new ReportOptions(kind, period, today, DEFAULT_LAYOUT, null);
    }

    public boolean includes(ReportSection section) {
        return sections.contains(section);
    }
}
