package org.cspplanner.exporters.document;

import org.cspplanner.model.Rag;

/**
 * A table cell. Lines are separated by '\n'; a line starting "• " is a bullet.
 * {@code rag}, when set, colours the cell; the text always carries the word too.
 * {@code rowSpan} > 1 starts a cell that spans the rows below; {@code continuation} marks a cell covered
 * by such a span: Word and PDF show it merged, spreadsheets repeat its text so each row filters on its own.
 */
public record Cell(String text, Rag rag, boolean strong, int rowSpan, boolean continuation) {

    public static final Cell EMPTY = new Cell("", null, false, 1, false);

    public Cell {
        text = text == null ? "" : text;
        if (rowSpan < 1) {
            throw new IllegalArgumentException("rowSpan must be at least 1");
        }
    }

    public static Cell of(String text) {
        return new Cell(text, null, false, 1, false);
    }

    public static Cell strong(String text) {
        return new Cell(text, null, true, 1, false);
    }

    public static Cell rag(Rag rag, String text) {
        return new Cell(text, rag, true, 1, false);
    }

    public Cell spanning(int rows) {
        return new Cell(text, rag, strong, rows, false);
    }

    /** A cell under a span (or a repeated group value) that carries the spanning text for spreadsheets. */
    public Cell asContinuation() {
        return new Cell(text, rag, strong, 1, true);
    }
}
