package org.cspplanner.exporters.support;

import org.cspplanner.model.Rag;

/** RAG fill and text colours for documents; amber takes dark text because white on amber is hard to read. */
public final class RagColours {

    /** Dark navy used for header rows and headings across all formats. */
    public static final String HEADER_FILL = "1F3864";
    /** Light grey for table rules. */
    public static final String RULE = "A6A6A6";

    private RagColours() {
    }

    /** "C62828": the fill, without '#'. */
    public static String fill(Rag rag) {
        return rag.colour().replace("#", "").toUpperCase(java.util.Locale.ROOT);
    }

    /** White on red and green (contrast above 4.5:1), near-black on amber. */
    public static String text(Rag rag) {
        return rag == Rag.AMBER ? "000000" : "FFFFFF";
    }

    public static int[] rgb(String hex) {
        int v = Integer.parseInt(hex, 16);
        return new int[] {(v >> 16) & 0xFF, (v >> 8) & 0xFF, v & 0xFF};
    }
}
