package org.cspplanner.exporters.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.Font;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import org.cspplanner.exporters.document.ExportDocument;
import org.cspplanner.model.ProgressListener;

/**
 * The PDF writer's fonts and block drawing, for documents that are more than one layout (the board pack):
 * one set of embedded fonts per document, and the same tables, headings and RAG cells as the plan export.
 */
public final class PdfParts {

    private final PdfFonts fonts = new PdfFonts();

    public BaseFont regularFont() {
        return fonts.regular;
    }

    public BaseFont boldFont() {
        return fonts.bold;
    }

    public Font regular(float size, Color colour) {
        return fonts.regular(size, colour);
    }

    public Font bold(float size, Color colour) {
        return fonts.bold(size, colour);
    }

    /** Adds the blocks to an open document, exactly as the plan's PDF export draws them. */
    public void write(Document pdf, PdfWriter writer, ExportDocument blocks, ProgressListener progress) {
        new PdfBody(pdf, writer, fonts, progress, blocks.rowCount()).write(blocks);
    }
}
