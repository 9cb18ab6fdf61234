package org.cspplanner.exporters.report;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.cspplanner.exporters.docx.DocxParts;
import org.cspplanner.exporters.document.Block;
import org.cspplanner.exporters.document.ExportDocument;
import org.cspplanner.exporters.document.Heading;
import org.cspplanner.exporters.document.Paragraph;
import org.cspplanner.model.ProgressListener;

/**
 * A report as an editable Word document: the plan export's page set-up, styles and tables, with real headings
 * (title, chapters, table captions) so that Word's navigation pane and screen readers can move through it,
 * and the chart as a picture with a text description, followed by its figures.
 */
public final class ReportDocxWriter {

    public void write(ReportContent content, OutputStream out, ProgressListener progress) throws IOException {
        try (XWPFDocument docx = new XWPFDocument()) {
            DocxParts.setUp(docx, content.info());
            List<Block> opening = new ArrayList<>();
            opening.add(new Heading(1, content.info().title(), false));
            opening.add(Paragraph.of(content.kindTitle() + " \u00b7 " + content.info().period().label() + " ("
                    + content.info().period().monthsLabel() + ") \u00b7 Prepared " + content.report().dateDisplay()));
            if (content.info().draft()) {
                opening.add(Paragraph.of("DRAFT \u2013 not for publication"));
            }
            write(docx, opening, progress);
            int done = 0;
            for (Chapter chapter : content.chapters()) {
                progress.checkCancelled();
                write(docx, List.of(new Heading(2, chapter.title(), false)), progress);
                for (ReportItem item : chapter.items()) {
                    item(docx, item, progress);
                }
                progress.progress(0.9 * ++done / content.chapters().size(), "Wrote " + chapter.title());
            }
            progress.progress(0.95, "Saving the Word file");
            docx.write(out);
        }
        progress.progress(1.0, "Done");
    }

    private static void item(XWPFDocument docx, ReportItem item, ProgressListener progress) throws IOException {
        if (item instanceof ReportItem.Text t) {
            write(docx, List.of(new Paragraph(t.label().isEmpty() ? "" : t.label() + ".", t.text())), progress);
        } else if (item instanceof ReportItem.Sub s) {
            write(docx, List.of(new Heading(3, s.title(), false)), progress);
        } else if (item instanceof ReportItem.Grid g) {
            write(docx, List.of(new Heading(3, g.caption(), false), g.table()), progress);
        } else if (item instanceof ReportItem.Chart c) {
            chart(docx, c);
        } else if (item instanceof ReportItem.Plan p) {
            List<Block> blocks = new ArrayList<>();
            for (Block b : p.document().blocks()) {
                // The layout's theme headings sit one level below the chapter heading.
                blocks.add(b instanceof Heading h ? new Heading(Math.min(3, h.level() + 1), h.text(), false) : b);
            }
            write(docx, blocks, progress);
        }
    }

    private static void chart(XWPFDocument docx, ReportItem.Chart c) throws IOException {
        int height = 90 + 42 * c.report().themes().size();
        byte[] png = RagChart.png(c.report(), 640, height);
        XWPFParagraph p = docx.createParagraph();
        XWPFRun run = p.createRun();
        double widthPt = 560;
        try {
            run.addPicture(new ByteArrayInputStream(png), Document.PICTURE_TYPE_PNG, "rag-chart.png",
                    Units.toEMU(widthPt), Units.toEMU(widthPt * height / 640));
        } catch (InvalidFormatException e) {
            throw new IOException("Could not add the chart: " + e.getMessage(), e);
        }
        // The picture's text alternative, which Word and screen readers show as its description.
        run.getCTR().getDrawingArray(0).getInlineArray(0).getDocPr().setDescr(c.description());
        docx.createParagraph().createRun().setText(c.description());
    }

    private static void write(XWPFDocument docx, List<Block> blocks, ProgressListener progress) {
        DocxParts.write(docx, new ExportDocument(null, blocks), progress);
    }
}
