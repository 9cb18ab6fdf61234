package org.cspplanner.exporters.pdf;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfAction;
import com.lowagie.text.pdf.PdfOutline;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.util.List;
import org.cspplanner.exporters.document.Block;
import org.cspplanner.exporters.document.Cell;
import org.cspplanner.exporters.document.Column;
import org.cspplanner.exporters.document.ExportDocument;
import org.cspplanner.exporters.document.Heading;
import org.cspplanner.exporters.document.Paragraph;
import org.cspplanner.exporters.document.RagKey;
import org.cspplanner.exporters.document.Row;
import org.cspplanner.exporters.document.Table;
import org.cspplanner.exporters.support.RagColours;
import org.cspplanner.model.ProgressListener;
import org.cspplanner.model.Rag;

/** Adds the blocks of an export document to an open PDF document. */
final class PdfBody {

    private static final float TEXT = 8.5f;
    private static final Color NAVY = colour(RagColours.HEADER_FILL);
    private static final Color RULE = colour(RagColours.RULE);
    private static final Color INK = new Color(0x1A, 0x1A, 0x1A);

    private final Document pdf;
    private final PdfWriter writer;
    private final PdfFonts fonts;
    private final ProgressListener progress;
    private final int totalRows;
    private final Font body;
    private final Font strong;
    private int rowsDone;
    private int bookmarks;

    PdfBody(Document pdf, PdfWriter writer, PdfFonts fonts, ProgressListener progress, int totalRows) {
        this.pdf = pdf;
        this.writer = writer;
        this.fonts = fonts;
        this.progress = progress;
        this.totalRows = Math.max(1, totalRows);
        this.body = fonts.regular(TEXT, INK);
        this.strong = fonts.bold(TEXT, INK);
    }

    void write(ExportDocument document) {
        for (Block block : document.blocks()) {
            if (block instanceof Heading h) {
                heading(h);
            } else if (block instanceof Paragraph p) {
                paragraph(p);
            } else if (block instanceof RagKey k) {
                key(k);
            } else if (block instanceof Table t) {
                table(t);
            }
        }
    }

    private void heading(Heading h) {
        float size = switch (h.level()) {
            case 1 -> 18f;
            case 2 -> 13f;
            default -> 10.5f;
        };
        Chunk text = new Chunk(h.text(), fonts.bold(size, NAVY));
        com.lowagie.text.Paragraph p = new com.lowagie.text.Paragraph(text);
        p.setSpacingBefore(h.level() == 1 ? 0 : h.level() == 2 ? 12 : 6);
        p.setSpacingAfter(h.level() == 1 ? 4 : 5);
        p.setKeepTogether(true);
        if (h.bookmark()) {
            String name = "theme-" + (++bookmarks);
            text.setLocalDestination(name);
            new PdfOutline(writer.getRootOutline(), PdfAction.gotoLocalPage(name, false), h.text());
        }
        pdf.add(p);
    }

    private void paragraph(Paragraph para) {
        if (!para.label().isEmpty()) {
            com.lowagie.text.Paragraph q = new com.lowagie.text.Paragraph(para.label(), fonts.bold(9.5f, INK));
            q.setSpacingBefore(6);
            q.setKeepTogether(true);
            pdf.add(q);
        }
        com.lowagie.text.Paragraph p = new com.lowagie.text.Paragraph(para.text(), fonts.regular(9.5f, INK));
        p.setLeading(12.5f);
        p.setSpacingAfter(4);
        pdf.add(p);
    }

    private void key(RagKey key) {
        PdfPTable table = new PdfPTable(new float[] {12, 88});
        table.setWidthPercentage(60);
        table.setHorizontalAlignment(Element.ALIGN_LEFT);
        table.setSpacingBefore(6);
        table.setSpacingAfter(4);
        PdfPCell title = new PdfPCell(new Phrase("Key", strong));
        title.setColspan(2);
        title.setBorder(Rectangle.NO_BORDER);
        title.setPaddingBottom(4);
        table.addCell(title);
        for (RagKey.Entry e : key.entries()) {
            table.addCell(cell(Cell.rag(e.rag(), e.rag().word()), false, false));
            table.addCell(cell(Cell.of(e.meaning()), false, false));
        }
        pdf.add(table);
    }

    private void table(Table t) {
        List<Column> columns = t.columns();
        float[] widths = new float[columns.size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = columns.get(i).weight();
        }
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        table.setSpacingBefore(2);
        table.setSpacingAfter(4);
        // Move a row that does not fit to the next page rather than split it; only taller-than-a-page rows split.
        table.setSplitLate(true);
        for (Column c : columns) {
            PdfPCell h = new PdfPCell(new Phrase(c.header(), fonts.bold(TEXT, Color.WHITE)));
            h.setBackgroundColor(NAVY);
            style(h);
            table.addCell(h);
        }
        List<Row> rows = t.rows();
        for (int r = 0; r < rows.size(); r++) {
            progress.checkCancelled();
            List<Cell> cells = rows.get(r).cells();
            for (int c = 0; c < cells.size(); c++) {
                boolean continuesBelow = r + 1 < rows.size() && rows.get(r + 1).cells().get(c).continuation();
                table.addCell(cell(cells.get(c), cells.get(c).continuation(), continuesBelow));
            }
            rowsDone++;
            if (rowsDone % 25 == 0) {
                progress.progress(0.9 * rowsDone / totalRows, "Wrote " + rowsDone + " of " + totalRows + " rows");
            }
        }
        pdf.add(table);
    }

    /**
     * A spanned group is drawn as cells without the rule between them, rather than with a PDF row span:
     * that way a group can still break across pages, and each row stays a row.
     */
    private PdfPCell cell(Cell content, boolean continuation, boolean continuesBelow) {
        PdfPCell cell;
        if (continuation) {
            cell = new PdfPCell(new Phrase("", body));
        } else {
            Rag rag = content.rag();
            Font font = rag != null ? fonts.bold(TEXT, colour(RagColours.text(rag)))
                    : content.strong() ? strong : body;
            cell = new PdfPCell(text(content.text(), font));
            if (rag != null) {
                cell.setBackgroundColor(colour(RagColours.fill(rag)));
                cell.setHorizontalAlignment(Element.ALIGN_CENTER);
                cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
            }
        }
        style(cell);
        if (continuation) {
            cell.disableBorderSide(Rectangle.TOP);
        }
        if (continuesBelow) {
            cell.disableBorderSide(Rectangle.BOTTOM);
        }
        return cell;
    }

    private static Phrase text(String text, Font font) {
        Phrase phrase = new Phrase();
        phrase.setLeading(TEXT * 1.25f);
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            phrase.add(new Chunk(i + 1 < lines.length ? lines[i] + "\n" : lines[i], font));
        }
        return phrase;
    }

    private static void style(PdfPCell cell) {
        cell.setBorderColor(RULE);
        cell.setBorderWidth(0.5f);
        cell.setPaddingLeft(4);
        cell.setPaddingRight(4);
        cell.setPaddingTop(3);
        cell.setPaddingBottom(5);
        cell.setUseAscender(true);
    }

    private static Color colour(String hex) {
        int[] rgb = RagColours.rgb(hex);
        return new Color(rgb[0], rgb[1], rgb[2]);
    }
}
