package org.cspplanner.exporters.document;

import java.util.List;

/** A format-neutral rendering of a plan by one layout: what every writer (Word, PDF, Excel, CSV) draws. */
public record ExportDocument(DocumentInfo info, List<Block> blocks) {
    public ExportDocument {
        blocks = List.copyOf(blocks);
    }

    /** The tables in document order. */
    public List<Table> tables() {
        return blocks.stream().filter(Table.class::isInstance).map(Table.class::cast).toList();
    }

    /** Number of rows across all tables: the unit writers report progress in. */
    public int rowCount() {
        return tables().stream().mapToInt(t -> t.rows().size()).sum();
    }
}
