package org.cspplanner.exporters.report;

import java.util.List;

/**
 * A top-level part of a report: a contents entry, a bookmark and (in PDF) a new page, landscape for wide tables.
 * {@code anchor} is a stable id for links and PDF destinations, such as "exceptions".
 */
public record Chapter(String anchor, String title, List<ReportItem> items, boolean landscape, boolean newPage) {
    public Chapter {
        items = List.copyOf(items);
    }

    /** Short chapters (no-update, overdue, glossary) follow on the same page; the main ones start a new page. */
    static Chapter of(ReportSection section, List<ReportItem> items, boolean landscape) {
        boolean newPage = switch (section) {
            case SUMMARY, NO_UPDATE, OVERDUE, GLOSSARY -> false;
            default -> true;
        };
        return new Chapter(section.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'), section.title(), items,
                landscape, newPage || landscape);
    }
}
