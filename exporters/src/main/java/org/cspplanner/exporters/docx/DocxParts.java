package org.cspplanner.exporters.docx;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.cspplanner.exporters.document.DocumentInfo;
import org.cspplanner.exporters.document.ExportDocument;
import org.cspplanner.model.ProgressListener;

/** The Word writer's page set-up and block writing, for documents assembled from several parts (the RAG report). */
public final class DocxParts {

    /** Text width of the A4 landscape page, in twentieths of a point: for sizing pictures. */
    public static final int TEXT_WIDTH_TWIPS = DocxPage.TEXT_WIDTH;

    private DocxParts() {
    }

    /** Styles (real headings), A4 landscape, running header and page-number footer, document properties. */
    public static void setUp(XWPFDocument docx, DocumentInfo info) {
        DocxPage.setUp(docx, info);
    }

    /** Appends the blocks, exactly as the plan's Word export writes them. */
    public static void write(XWPFDocument docx, ExportDocument blocks, ProgressListener progress) {
        new DocxBody(docx, progress, blocks.rowCount()).write(blocks);
    }
}
