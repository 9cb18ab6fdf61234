package org.cspplanner.exporters.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.PageSize;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfWriter;
import java.io.IOException;
import java.io.OutputStream;
import org.cspplanner.exporters.ExportOptions;
import org.cspplanner.exporters.PlanExporter;
import org.cspplanner.exporters.document.DocumentInfo;
import org.cspplanner.exporters.document.ExportDocument;
import org.cspplanner.exporters.layout.Layouts;
import org.cspplanner.model.Plan;
import org.cspplanner.model.ProgressListener;

/** PDF (OpenPDF): A4 landscape, embedded fonts, repeating header rows, page numbers, a bookmark per theme. */
public final class PdfExporter implements PlanExporter {

    @Override
    public String format() {
        return "pdf";
    }

    @Override
    public void export(Plan plan, ExportOptions options, OutputStream out, ProgressListener progress)
            throws IOException {
        ExportDocument document = Layouts.byName(options.layout()).render(plan, options);
        progress.progress(0.0, "Laying out " + document.rowCount() + " rows");
        PdfFonts fonts = new PdfFonts();
        Document pdf = new Document(PageSize.A4.rotate(), 36, 36, 48, 44);
        try {
            PdfWriter writer = PdfWriter.getInstance(pdf, out);
            writer.setCloseStream(false);
            describe(pdf, writer, document.info());
            writer.setPageEvent(new PdfPageDecorator(document.info(), fonts));
            pdf.open();
            new PdfBody(pdf, writer, fonts, progress, document.rowCount()).write(document);
            progress.checkCancelled();
            progress.progress(0.95, "Finishing the PDF");
        } catch (DocumentException e) {
            throw new IOException("Could not write the PDF: " + e.getMessage(), e);
        } finally {
            if (pdf.isOpen()) {
                pdf.close();
            }
        }
        progress.progress(1.0, "Done");
    }

    /**
     * Document information, language and XMP metadata. This is where a PDF/A profile (output intent,
     * conformance level) will be added for the board pack; it must happen before the document opens.
     */
    static void describe(Document pdf, PdfWriter writer, DocumentInfo info) {
        pdf.addTitle(info.title());
        pdf.addAuthor(info.author().isEmpty() ? "CSP Planner" : info.author());
        pdf.addSubject(info.subject());
        pdf.addKeywords(info.keywords());
        pdf.addCreator("CSP Planner");
        // Document.setDocumentLanguage only reaches the catalogue of tagged PDFs, so set /Lang directly.
        writer.getExtraCatalog().put(PdfName.LANG, new PdfString(info.language()));
        writer.setViewerPreferences(PdfWriter.PageModeUseOutlines | PdfWriter.DisplayDocTitle);
        writer.createXmpMetadata();
    }
}
