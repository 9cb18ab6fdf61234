package org.cspplanner.exporters.docx;

import java.io.IOException;
import java.io.OutputStream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.cspplanner.exporters.ExportOptions;
import org.cspplanner.exporters.PlanExporter;
import org.cspplanner.exporters.document.ExportDocument;
import org.cspplanner.exporters.layout.Layouts;
import org.cspplanner.model.Plan;
import org.cspplanner.model.ProgressListener;

/** Word (.docx): A4 landscape, real headings, repeating header rows, RAG cells coloured and worded. */
public final class DocxExporter implements PlanExporter {

    @Override
    public String format() {
        return "docx";
    }

    @Override
    public void export(Plan plan, ExportOptions options, OutputStream out, ProgressListener progress)
            throws IOException {
        ExportDocument document = Layouts.byName(options.layout()).render(plan, options);
        progress.progress(0.0, "Laying out " + document.rowCount() + " rows");
        try (XWPFDocument docx = new XWPFDocument()) {
            DocxPage.setUp(docx, document.info());
            new DocxBody(docx, progress, document.rowCount()).write(document);
            progress.checkCancelled();
            progress.progress(0.95, "Saving the Word file");
            docx.write(out);
        }
        progress.progress(1.0, "Done");
    }
}
