package org.cspplanner.exporters.importing;

import java.util.List;

/**
 * A sheet of a workbook, a CSV file, or one table of a Word document, as rows of cells.
 * For a Word table, {@code heading} holds the heading paragraphs between it and the table before, one a line
 * ("Priority 1: Reduce anti-social behaviour"), or null when the table simply continues the one before.
 */
public record SourceSheet(String name, Kind kind, String heading, List<SourceRow> rows) {

    /** Where the rows came from: a spreadsheet's sheet, or a table in a document. */
    public enum Kind { SHEET, TABLE }

    public SourceSheet {
        kind = kind == null ? Kind.SHEET : kind;
        rows = List.copyOf(rows);
    }

    public SourceSheet(String name, List<SourceRow> rows) {
        this(name, Kind.SHEET, null, rows);
    }

    public boolean isEmpty() {
        return rows.stream().allMatch(SourceRow::isBlank);
    }

    public int columnCount() {
        return rows.stream().mapToInt(r -> r.cells().size()).max().orElse(0);
    }
}
