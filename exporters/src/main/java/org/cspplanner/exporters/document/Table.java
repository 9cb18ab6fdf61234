package org.cspplanner.exporters.document;

import java.util.List;

/**
 * A table with one header row. {@code theme} and {@code section} say where it sits in the plan, so that
 * spreadsheet writers, which put every table on one filterable sheet, can add them as columns.
 */
public record Table(String theme, String section, List<Column> columns, List<Row> rows) implements Block {
    public Table {
        theme = theme == null ? "" : theme;
        section = section == null ? "" : section;
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
        for (Row row : rows) {
            if (row.cells().size() != columns.size()) {
                throw new IllegalArgumentException("A row has " + row.cells().size() + " cells for "
                        + columns.size() + " columns");
            }
        }
    }

    /** Index of the column showing the RAG rating, or -1. */
    public int ragColumn() {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).rag()) {
                return i;
            }
        }
        return -1;
    }
}
