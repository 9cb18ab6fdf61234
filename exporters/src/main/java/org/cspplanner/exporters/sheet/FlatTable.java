package org.cspplanner.exporters.sheet;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.cspplanner.exporters.document.Cell;
import org.cspplanner.exporters.document.Column;
import org.cspplanner.exporters.document.ExportDocument;
import org.cspplanner.exporters.document.Row;
import org.cspplanner.exporters.document.Table;
import org.cspplanner.model.Rag;

/**
 * A layout's tables as one grid, for spreadsheets: a header row, then every data row with its theme (and section)
 * as leading columns, so that a user can filter and sort. Spanned values are repeated on each row and
 * placeholders ("No Action set") are left out, because in a sheet each row must stand on its own.
 */
public record FlatTable(List<Column> columns, List<FlatRow> rows) {

    /** One data row: the text of each cell, its RAG (if any) and the action it shows. */
    public record FlatRow(List<String> values, Rag rag, UUID actionId) {
    }

    public static FlatTable of(ExportDocument document) {
        List<Table> tables = document.tables();
        boolean themes = tables.stream().anyMatch(t -> !t.theme().isEmpty());
        boolean sections = tables.stream().anyMatch(t -> !t.section().isEmpty());
        List<Column> layoutColumns = tables.isEmpty() ? List.of(Column.of("Action", 20)) : tables.get(0).columns();
        List<Column> columns = new ArrayList<>();
        if (themes) {
            columns.add(Column.of("Theme", 14));
        }
        if (sections) {
            columns.add(Column.of("Section", 14));
        }
        columns.addAll(layoutColumns);
        List<FlatRow> rows = new ArrayList<>();
        for (Table t : tables) {
            if (!t.columns().equals(layoutColumns)) {
                throw new IllegalStateException("The layout's tables do not share their columns");
            }
            int ragColumn = t.ragColumn();
            for (Row row : t.rows()) {
                if (row.placeholder()) {
                    continue;
                }
                List<String> values = new ArrayList<>();
                if (themes) {
                    values.add(t.theme());
                }
                if (sections) {
                    values.add(t.section());
                }
                for (Cell c : row.cells()) {
                    values.add(c.text());
                }
                Rag rag = ragColumn < 0 ? null : row.cells().get(ragColumn).rag();
                rows.add(new FlatRow(values, rag, row.actionId()));
            }
        }
        return new FlatTable(columns, rows);
    }

    /** Index of the RAG column in this grid, or -1. */
    public int ragColumn() {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).rag()) {
                return i;
            }
        }
        return -1;
    }
}
