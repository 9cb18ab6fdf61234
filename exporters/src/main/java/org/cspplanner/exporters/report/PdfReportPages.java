package org.cspplanner.exporters.report;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.util.HashMap;
import java.util.Map;
import org.cspplanner.exporters.document.DocumentInfo;
import org.cspplanner.exporters.pdf.PdfParts;

/**
 * Page furniture of a PDF report: running header (DRAFT while the plan is a draft), "Page X of Y" footer, a pale
 * DRAFT watermark, and the contents page's page numbers: each is a blank template when the contents is drawn,
 * filled in when the document closes with the page its chapter's tagged heading landed on.
 * The cover has no header or footer.
 */
final class PdfReportPages extends PdfPageEventHelper {

    private static final float SIZE = 8f;
    private static final Color GREY = new Color(0x40, 0x40, 0x40);
    private static final Color RED = new Color(0xC6, 0x28, 0x28);
    private static final Color WATERMARK = new Color(0xEE, 0xEE, 0xEE);

    private final DocumentInfo info;
    private final String kindTitle;
    private final PdfParts parts;
    private final Map<String, Integer> pages = new HashMap<>();
    private final Map<String, PdfTemplate> contentsNumbers = new HashMap<>();
    private PdfTemplate total;

    PdfReportPages(DocumentInfo info, String kindTitle, PdfParts parts) {
        this.info = info;
        this.kindTitle = kindTitle;
        this.parts = parts;
    }

    /** The page each tagged heading landed on, by tag. */
    Map<String, Integer> pages() {
        return pages;
    }

    /** A blank for the page number of the chapter tagged {@code anchor}, right-aligned in the template's width. */
    void numberFor(String anchor, PdfTemplate blank) {
        contentsNumbers.put(anchor, blank);
    }

    @Override
    public void onOpenDocument(PdfWriter writer, Document document) {
        total = writer.getDirectContent().createTemplate(30, 12);
    }

    @Override
    public void onGenericTag(PdfWriter writer, Document document, Rectangle rect, String text) {
        pages.putIfAbsent(text, writer.getPageNumber());
    }

    @Override
    public void onEndPage(PdfWriter writer, Document document) {
        Rectangle page = writer.getPageSize();
        if (info.draft()) {
            watermark(writer.getDirectContentUnder(), page);
        }
        if (writer.getPageNumber() == 1) {
            return;
        }
        PdfContentByte cb = writer.getDirectContent();
        float left = document.leftMargin();
        float right = page.getWidth() - document.rightMargin();
        float headerY = page.getTop() - 26;
        cb.saveState();
        cb.beginText();
        float x = left;
        if (info.draft()) {
            cb.setFontAndSize(parts.boldFont(), SIZE);
            cb.setColorFill(RED);
            cb.setTextMatrix(x, headerY);
            cb.showText("DRAFT");
            x += parts.boldFont().getWidthPoint("DRAFT   ", SIZE);
        }
        cb.setFontAndSize(parts.regularFont(), SIZE);
        cb.setColorFill(GREY);
        cb.setTextMatrix(x, headerY);
        cb.showText(info.title());
        cb.showTextAligned(Element.ALIGN_RIGHT, kindTitle, right, headerY, 0);
        String pageText = "Page " + writer.getPageNumber() + " of ";
        float footerY = page.getBottom() + 24;
        float width = parts.regularFont().getWidthPoint(pageText, SIZE);
        cb.showTextAligned(Element.ALIGN_LEFT, pageText, right - width - 14, footerY, 0);
        cb.showTextAligned(Element.ALIGN_LEFT, info.subtitle(), left, footerY, 0);
        cb.endText();
        cb.addTemplate(total, right - 14, footerY);
        cb.setColorStroke(new Color(0xA6, 0xA6, 0xA6));
        cb.setLineWidth(0.5f);
        cb.moveTo(left, headerY - 5);
        cb.lineTo(right, headerY - 5);
        cb.stroke();
        cb.restoreState();
    }

    private void watermark(PdfContentByte under, Rectangle page) {
        under.saveState();
        under.beginText();
        under.setFontAndSize(parts.boldFont(), 110);
        under.setColorFill(WATERMARK);
        under.showTextAligned(Element.ALIGN_CENTER, "DRAFT", page.getWidth() / 2, page.getHeight() / 2 - 40, 45);
        under.endText();
        under.restoreState();
    }

    @Override
    public void onCloseDocument(PdfWriter writer, Document document) {
        for (Map.Entry<String, PdfTemplate> e : contentsNumbers.entrySet()) {
            PdfTemplate t = e.getValue();
            Integer page = pages.get(e.getKey());
            t.beginText();
            t.setFontAndSize(parts.regularFont(), 11.5f);
            t.setColorFill(ReportPdfWriter.INK);
            t.showTextAligned(Element.ALIGN_RIGHT, page == null ? "" : String.valueOf(page), t.getWidth(), 3, 0);
            t.endText();
        }
        total.beginText();
        total.setFontAndSize(parts.regularFont(), SIZE);
        total.setColorFill(GREY);
        total.setTextMatrix(0, 0);
        total.showText(String.valueOf(writer.getPageNumber() - 1));
        total.endText();
    }
}
