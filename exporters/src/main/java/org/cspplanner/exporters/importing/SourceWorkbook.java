package org.cspplanner.exporters.importing;

import java.util.List;

/**
 * What a reader made of a file, independent of its format: sheets of rows of cells, plus any
 * text found before the tables (title lines) and notes about how it was read.
 */
public record SourceWorkbook(String fileName, List<SourceSheet> sheets, List<String> titleLines, List<String> notes) {

    public SourceWorkbook {
        sheets = List.copyOf(sheets);
        titleLines = List.copyOf(titleLines);
        notes = List.copyOf(notes);
    }

    public SourceWorkbook withNote(String note) {
        List<String> all = new java.util.ArrayList<>(notes);
        all.add(note);
        return new SourceWorkbook(fileName, sheets, titleLines, all);
    }
}
