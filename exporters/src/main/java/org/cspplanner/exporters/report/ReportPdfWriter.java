package org.cspplanner.exporters.report;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfAction;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfOutline;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import com.lowagie.text.pdf.draw.DottedLineSeparator;
import java.awt.Color;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import org.cspplanner.exporters.document.Block;
import org.cspplanner.exporters.document.DocumentInfo;
import org.cspplanner.exporters.document.ExportDocument;
import org.cspplanner.exporters.document.Heading;
import org.cspplanner.exporters.pdf.PdfParts;
import org.cspplanner.model.ProgressListener;

/**
 * A report as a PDF/A-1b file (OpenPDF): cover, contents with page numbers and links, bookmarks, A4 with
 * "Page X of Y", embedded fonts, sRGB output intent and XMP metadata. The contents page's numbers are blanks
 * filled in when the document closes (see {@link PdfReportPages}), so one pass is enough.
 */
public final class ReportPdfWriter {

    static final Color NAVY = new Color(0x1F, 0x38, 0x64);
    static final Color INK = new Color(0x1A, 0x1A, 0x1A);
    private static final Color RED = new Color(0xC6, 0x28, 0x28);

    public void write(ReportContent content, OutputStream out, ProgressListener progress) throws IOException {
        render(content, out, Scaled.of(progress, 0.05, 0.9));
        progress.progress(1.0, "Done");
    }

    private void render(ReportContent content, OutputStream out, ProgressListener progress) throws IOException {
        PdfParts parts = new PdfParts();
        Document pdf = new Document(PageSize.A4, 50, 50, 58, 56);
        PdfReportPages furniture = new PdfReportPages(content.info(), content.kindTitle(), parts);
        try {
            PdfWriter writer = PdfWriter.getInstance(pdf, out);
            writer.setCloseStream(false);
            describe(pdf, writer, content.info());
            writer.setPageEvent(furniture);
            writer.setStrictImageSequence(true); // the chart stays between the text before and after it
            pdf.open();
            writer.setOutputIntents("sRGB IEC61966-2.1", "", "http://www.color.org", "sRGB IEC61966-2.1",
                    ICC_Profile.getInstance(ColorSpace.CS_sRGB));
            Body body = new Body(pdf, writer, parts, progress);
            body.cover(content);
            body.contents(content, furniture);
            for (Chapter chapter : content.chapters()) {
                progress.checkCancelled();
                body.chapter(chapter);
            }
        } catch (DocumentException e) {
            throw new IOException("Could not write the PDF: " + e.getMessage(), e);
        } finally {
            if (pdf.isOpen()) {
                pdf.close();
            }
        }
    }

    /** Document information, language, PDF/A-1b and XMP: all must be set before the document opens. */
    private static void describe(Document pdf, PdfWriter writer, DocumentInfo info) {
        pdf.addTitle(info.title() + ": " + info.subtitle());
        pdf.addAuthor(info.author().isEmpty() ? "CSP Planner" : info.author());
        pdf.addSubject(info.subject());
        pdf.addKeywords(info.keywords());
        pdf.addCreator("CSP Planner");
        writer.setPDFXConformance(PdfWriter.PDFA1B);
        writer.getExtraCatalog().put(PdfName.LANG, new PdfString(info.language()));
        writer.setViewerPreferences(PdfWriter.PageModeUseOutlines | PdfWriter.DisplayDocTitle);
        writer.createXmpMetadata();
    }

    /** Draws one pass of the report into an open document. */
    private static final class Body {
        private final Document pdf;
        private final PdfWriter writer;
        private final PdfParts parts;
        private final ProgressListener progress;
        private int themeBookmarks;
        private boolean landscapeBefore;

        Body(Document pdf, PdfWriter writer, PdfParts parts, ProgressListener progress) {
            this.pdf = pdf;
            this.writer = writer;
            this.parts = parts;
            this.progress = progress;
        }

        void cover(ReportContent content) {
            DocumentInfo info = content.info();
            Rectangle page = pdf.getPageSize();
            var under = writer.getDirectContentUnder();
            under.saveState();
            under.setColorFill(NAVY);
            under.rectangle(0, page.getHeight() - 190, page.getWidth(), 190);
            under.fill();
            under.restoreState();
            String partnership = content.report().plan().partnership();
            add(para(partnership.isEmpty() ? "Community Safety Partnership" : partnership, parts.bold(15, Color.WHITE), 30, 0));
            add(para(content.kindTitle(), parts.regular(13, Color.WHITE), 8, 0));
            add(para(info.title(), parts.bold(26, NAVY), 150, 14));
            add(para(content.report().period().label() + " (" + content.report().period().monthsLabel() + ")",
                    parts.regular(16, INK), 0, 6));
            add(para("Prepared " + content.report().dateDisplay(), parts.regular(12, INK), 0, 30));
            if (info.draft()) {
                PdfPTable box = new PdfPTable(1);
                box.setWidthPercentage(45);
                box.setHorizontalAlignment(Element.ALIGN_LEFT);
                PdfPCell cell = new PdfPCell(new Phrase("DRAFT \u2013 not for publication", parts.bold(14, RED)));
                cell.setBorderColor(RED);
                cell.setBorderWidth(1.5f);
                cell.setPadding(8);
                box.addCell(cell);
                add(box);
            }
            add(para("Plan period " + content.report().plan().periodLabel() + ". Ratings use the plan's RAG key; every "
                    + "rating is written as a word as well as shown in colour.", parts.regular(10, INK), 40, 0));
        }

        void contents(ReportContent content, PdfReportPages furniture) {
            pdf.newPage();
            add(heading("Contents", "contents", 18, null));
            PdfOutline root = writer.getRootOutline();
            new PdfOutline(root, PdfAction.gotoLocalPage("contents", false), "Contents");
            for (Chapter chapter : content.chapters()) {
                Paragraph line = new Paragraph("", parts.regular(11.5f, INK));
                line.setSpacingBefore(7);
                Chunk title = new Chunk(chapter.title(), parts.regular(11.5f, INK));
                title.setLocalGoto(chapter.anchor());
                line.add(title);
                Chunk dots = new Chunk(new DottedLineSeparator());
                dots.setFont(parts.regular(11.5f, INK)); // a separator is still text: PDF/A needs its font embedded
                line.add(dots);
                PdfTemplate blank = writer.getDirectContent().createTemplate(28, 15);
                furniture.numberFor(chapter.anchor(), blank);
                try {
                    line.add(new Chunk(Image.getInstance(blank), 0, -3));
                } catch (com.lowagie.text.BadElementException e) {
                    throw new IllegalStateException(e);
                }
                add(line);
            }
        }

        void chapter(Chapter chapter) {
            pdf.setPageSize(chapter.landscape() ? PageSize.A4.rotate() : PageSize.A4);
            if (chapter.newPage() || landscapeBefore) {
                pdf.newPage();
            } else {
                keepRoom(200);
            }
            landscapeBefore = chapter.landscape();
            PdfOutline outline = new PdfOutline(writer.getRootOutline(),
                    PdfAction.gotoLocalPage(chapter.anchor(), false), chapter.title());
            outline.setOpen(false);
            Paragraph title = heading(chapter.title(), chapter.anchor(), 18, chapter.anchor());
            title.setSpacingBefore(chapter.newPage() ? 0 : 16);
            add(title);
            for (ReportItem item : chapter.items()) {
                if (item instanceof ReportItem.Text t) {
                    text(t);
                } else if (item instanceof ReportItem.Sub s) {
                    keepRoom(60);
                    add(heading(s.title(), null, 12.5f, null));
                } else if (item instanceof ReportItem.Grid g) {
                    keepRoom(70);
                    Paragraph caption = para(g.caption(), parts.bold(9.5f, NAVY), 8, 3);
                    add(caption);
                    parts.write(pdf, writer, new ExportDocument(null, List.of(g.table())), progress);
                } else if (item instanceof ReportItem.Chart c) {
                    chart(c);
                } else if (item instanceof ReportItem.Plan p) {
                    plan(p.document(), outline);
                }
            }
            pdf.setPageSize(PageSize.A4);
        }

        private void text(ReportItem.Text t) {
            Paragraph p = new Paragraph("", parts.regular(10, INK));
            p.setLeading(13.5f);
            p.setSpacingAfter(6);
            if (!t.label().isEmpty()) {
                p.add(new Chunk(t.label() + ". ", parts.bold(10, INK)));
            }
            p.add(new Chunk(t.text(), parts.regular(10, INK)));
            add(p);
        }

        private void chart(ReportItem.Chart c) {
            try {
                int rows = c.report().themes().size();
                int height = 90 + 42 * rows;
                Image image = Image.getInstance(RagChart.png(c.report(), 640, height));
                image.scaleToFit(pdf.right() - pdf.left(), height * (pdf.right() - pdf.left()) / 640f);
                image.setAlt(c.description());
                image.setSpacingBefore(4);
                image.setSpacingAfter(4);
                add(image);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }

        /** The layout's tables, its theme headings drawn here so their bookmarks sit under the chapter's. */
        private void plan(ExportDocument doc, PdfOutline parent) {
            List<Block> batch = new ArrayList<>();
            for (Block b : doc.blocks()) {
                if (b instanceof Heading h) {
                    flush(batch, doc);
                    keepRoom(90);
                    String name = "plan-theme-" + (++themeBookmarks);
                    add(heading(h.text(), name, h.level() <= 2 ? 13 : 10.5f, null));
                    if (h.level() <= 2) {
                        new PdfOutline(parent, PdfAction.gotoLocalPage(name, false), h.text());
                    }
                } else {
                    batch.add(b);
                }
            }
            flush(batch, doc);
        }

        private void flush(List<Block> batch, ExportDocument doc) {
            if (!batch.isEmpty()) {
                parts.write(pdf, writer, new ExportDocument(doc.info(), batch), progress);
                batch.clear();
            }
        }

        /** Starts a new page when fewer than {@code points} remain, so a caption or heading never ends a page. */
        private void keepRoom(float points) {
            if (writer.getVerticalPosition(true) - pdf.bottom() < points) {
                pdf.newPage();
            }
        }

        private Paragraph heading(String text, String destination, float size, String tag) {
            Chunk chunk = new Chunk(text, parts.bold(size, NAVY));
            if (destination != null) {
                chunk.setLocalDestination(destination);
            }
            if (tag != null) {
                chunk.setGenericTag(tag);
            }
            Paragraph p = new Paragraph(chunk);
            p.setSpacingBefore(size > 14 ? 0 : 10);
            p.setSpacingAfter(size > 14 ? 10 : 5);
            p.setKeepTogether(true);
            return p;
        }

        private Paragraph para(String text, com.lowagie.text.Font font, float before, float after) {
            Paragraph p = new Paragraph(text, font);
            p.setSpacingBefore(before);
            p.setSpacingAfter(after);
            return p;
        }

        private void add(Element e) {
            pdf.add(e);
        }
    }

    /** Maps a part of the work onto a slice of the caller's progress bar. */
    private record Scaled(ProgressListener inner, double from, double span) implements ProgressListener {
        static ProgressListener of(ProgressListener inner, double from, double span) {
            return new Scaled(inner, from, span);
        }

        @Override
        public void progress(double fraction, String message) {
            inner.progress(fraction < 0 ? fraction : from + span * Math.min(1, fraction), message);
        }

        @Override
        public boolean isCancelled() {
            return inner.isCancelled();
        }
    }
}
