package org.cspplanner.exporters.document;

/** Body text, optionally introduced by a bold label (a rolling plan's question before its answer). */
public record Paragraph(String label, String text) implements Block {
    public Paragraph {
        label = label == null ? "" : label;
        text = text == null ? "" : text;
    }

    public static Paragraph of(String text) {
        return new Paragraph("", text);
    }
}
