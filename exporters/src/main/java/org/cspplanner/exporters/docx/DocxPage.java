package org.cspplanner.exporters.docx;

import java.math.BigInteger;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.Borders;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.xmlbeans.XmlException;
import org.cspplanner.exporters.document.DocumentInfo;
import org.cspplanner.exporters.support.OfficeLanguage;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBody;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.StylesDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;

/** The frame of the Word document: styles, A4 landscape page, running header and "Page X of Y" footer, properties. */
final class DocxPage {

    /** A4 in twentieths of a point, turned to landscape. */
    static final int PAGE_WIDTH = 16838;
    static final int PAGE_HEIGHT = 11906;
    static final int MARGIN = 851; // 1.5 cm
    static final int TEXT_WIDTH = PAGE_WIDTH - 2 * MARGIN;

    private DocxPage() {
    }

    static void setUp(XWPFDocument docx, DocumentInfo info) {
        styles(docx);
        header(docx, info);
        footer(docx);
        page(docx);
        properties(docx, info);
    }

    private static void styles(XWPFDocument docx) {
        try {
            docx.createStyles().setStyles(StylesDocument.Factory.parse(DocxStyles.XML).getStyles());
        } catch (XmlException e) {
            throw new IllegalStateException("Built-in Word styles do not parse", e);
        }
    }

    private static void page(XWPFDocument docx) {
        CTBody body = docx.getDocument().getBody();
        CTSectPr sect = body.isSetSectPr() ? body.getSectPr() : body.addNewSectPr();
        CTPageSz size = sect.isSetPgSz() ? sect.getPgSz() : sect.addNewPgSz();
        size.setW(BigInteger.valueOf(PAGE_WIDTH));
        size.setH(BigInteger.valueOf(PAGE_HEIGHT));
        size.setOrient(STPageOrientation.LANDSCAPE);
        CTPageMar mar = sect.isSetPgMar() ? sect.getPgMar() : sect.addNewPgMar();
        mar.setTop(BigInteger.valueOf(MARGIN));
        mar.setBottom(BigInteger.valueOf(MARGIN));
        mar.setLeft(BigInteger.valueOf(MARGIN));
        mar.setRight(BigInteger.valueOf(MARGIN));
        mar.setHeader(BigInteger.valueOf(425));
        mar.setFooter(BigInteger.valueOf(425));
        mar.setGutter(BigInteger.ZERO);
    }

    private static void header(XWPFDocument docx, DocumentInfo info) {
        XWPFHeader header = docx.createHeader(HeaderFooterType.DEFAULT);
        XWPFParagraph p = header.createParagraph();
        p.setStyle("Header");
        p.setBorderBottom(Borders.SINGLE);
        if (info.draft()) {
            XWPFRun draft = p.createRun();
            draft.setText("DRAFT");
            draft.setBold(true);
            draft.setColor("C62828");
            p.createRun().setText("   ");
        }
        p.createRun().setText(info.title());
        if (!info.author().isEmpty()) {
            XWPFRun who = p.createRun();
            who.addTab();
            who.setText(info.author());
        }
    }

    private static void footer(XWPFDocument docx) {
        XWPFFooter footer = docx.createFooter(HeaderFooterType.DEFAULT);
        XWPFParagraph p = footer.createParagraph();
        p.setStyle("Footer");
        p.setAlignment(ParagraphAlignment.RIGHT);
        p.createRun().setText("Page ");
        field(p, "PAGE");
        p.createRun().setText(" of ");
        field(p, "NUMPAGES");
    }

    /** A complex field ({@code PAGE}, {@code NUMPAGES}) that Word and LibreOffice update when they lay out pages. */
    private static void field(XWPFParagraph p, String instruction) {
        p.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.BEGIN);
        p.createRun().getCTR().addNewInstrText().setStringValue(" " + instruction + " ");
        p.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.SEPARATE);
        p.createRun().setText("1");
        p.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.END);
    }

    private static void properties(XWPFDocument docx, DocumentInfo info) {
        POIXMLProperties.CoreProperties core = docx.getProperties().getCoreProperties();
        core.setTitle(info.title());
        core.setCreator(info.author().isEmpty() ? "CSP Planner" : info.author());
        core.setSubjectProperty(info.subject());
        core.setKeywords(info.keywords());
        core.setDescription(info.subtitle());
        OfficeLanguage.set(docx.getPackage(), info.language());
        docx.getProperties().getExtendedProperties().setApplication("CSP Planner");
    }
}
