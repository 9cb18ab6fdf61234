package org.cspplanner.exporters.document;

/** A table column: its header, its relative width, and whether it holds RAG ratings. */
public record Column(String header, int weight, boolean rag) {
    public Column {
        if (weight <= 0) {
            throw new IllegalArgumentException("A column needs a positive width weight");
        }
    }

    public static Column of(String header, int weight) {
        return new Column(header, weight, false);
    }

    public static Column ragColumn(String header) {
        return new Column(header, 9, true);
    }
}
