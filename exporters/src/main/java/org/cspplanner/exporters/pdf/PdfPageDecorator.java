package org.cspplanner.exporters.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import org.cspplanner.exporters.document.DocumentInfo;

/**
 * Draws the running header (DRAFT and the plan title, the partnership on the right) and the "Page X of Y" footer;
 * Y is a template filled in when the document closes, once the page count is known.
 */
final class PdfPageDecorator extends PdfPageEventHelper {

    private static final float SIZE = 8f;
    private static final Color GREY = new Color(0x40, 0x40, 0x40);
    private static final Color RED = new Color(0xC6, 0x28, 0x28);

    private final DocumentInfo info;
    private final PdfFonts fonts;
    private PdfTemplate total;

    PdfPageDecorator(DocumentInfo info, PdfFonts fonts) {
        this.info = info;
        this.fonts = fonts;
    }

    @Override
    public void onOpenDocument(PdfWriter writer, Document document) {
        total = writer.getDirectContent().createTemplate(30, 12);
    }

    @Override
    public void onEndPage(PdfWriter writer, Document document) {
        PdfContentByte cb = writer.getDirectContent();
        Rectangle page = document.getPageSize();
        float left = document.left();
        float right = document.right();
        float headerY = page.getTop() - 24;
        cb.saveState();
        cb.beginText();
        float x = left;
        if (info.draft()) {
            cb.setFontAndSize(fonts.bold, SIZE);
            cb.setColorFill(RED);
            cb.setTextMatrix(x, headerY);
            cb.showText("DRAFT");
            x += fonts.bold.getWidthPoint("DRAFT   ", SIZE);
        }
        cb.setFontAndSize(fonts.regular, SIZE);
        cb.setColorFill(GREY);
        cb.setTextMatrix(x, headerY);
        cb.showText(info.title());
        if (!info.author().isEmpty()) {
            cb.showTextAligned(PdfContentByte.ALIGN_RIGHT, info.author(), right, headerY, 0);
        }
        String pageText = "Page " + writer.getPageNumber() + " of ";
        float footerY = page.getBottom() + 22;
        float width = fonts.regular.getWidthPoint(pageText, SIZE);
        cb.showTextAligned(PdfContentByte.ALIGN_LEFT, pageText, right - width - 14, footerY, 0);
        cb.showTextAligned(PdfContentByte.ALIGN_LEFT, info.subtitle(), left, footerY, 0);
        cb.endText();
        cb.addTemplate(total, right - 14, footerY);
        cb.setColorStroke(new Color(0xA6, 0xA6, 0xA6));
        cb.setLineWidth(0.5f);
        cb.moveTo(left, headerY - 4);
        cb.lineTo(right, headerY - 4);
        cb.stroke();
        cb.restoreState();
    }

    @Override
    public void onCloseDocument(PdfWriter writer, Document document) {
        total.beginText();
        total.setFontAndSize(fonts.regular, SIZE);
        total.setColorFill(GREY);
        total.setTextMatrix(0, 0);
        total.showText(String.valueOf(writer.getPageNumber() - 1));
        total.endText();
    }
}
