package org.cspplanner.exporters.docx;

import java.math.BigInteger;
import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
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
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STVerticalJc;

/** Writes the blocks of an export document into the body of a Word document. */
final class DocxBody {

    private final XWPFDocument docx;
    private final ProgressListener progress;
    private final int totalRows;
    private int rowsDone;

    DocxBody(XWPFDocument docx, ProgressListener progress, int totalRows) {
        this.docx = docx;
        this.progress = progress;
        this.totalRows = Math.max(1, totalRows);
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
        XWPFParagraph p = docx.createParagraph();
        p.setStyle("Heading" + h.level());
        p.createRun().setText(h.text());
    }

    private void paragraph(Paragraph para) {
        if (!para.label().isEmpty()) {
            XWPFParagraph q = docx.createParagraph();
            q.setSpacingBefore(120);
            q.setSpacingAfter(40);
            XWPFRun r = q.createRun();
            r.setBold(true);
            r.setText(para.label());
            q.getCTP().addNewPPr().addNewKeepNext();
        }
        for (String line : para.text().split("\n", -1)) {
            docx.createParagraph().createRun().setText(line);
        }
    }

    private void key(RagKey key) {
        XWPFParagraph title = docx.createParagraph();
        title.setSpacingBefore(120);
        XWPFRun r = title.createRun();
        r.setBold(true);
        r.setText("Key");
        int[] widths = {1400, 7600};
        XWPFTable table = docx.createTable(key.entries().size(), 2);
        frame(table, widths);
        for (int i = 0; i < key.entries().size(); i++) {
            RagKey.Entry e = key.entries().get(i);
            XWPFTableRow row = table.getRow(i);
            row.setCantSplitRow(true);
            fill(row.getCell(0), Cell.rag(e.rag(), e.rag().word()), widths[0], false);
            fill(row.getCell(1), Cell.of(e.meaning()), widths[1], false);
        }
        docx.createParagraph().setSpacingAfter(0);
    }

    private void table(Table t) {
        int[] widths = widths(t.columns());
        XWPFTable table = docx.createTable(1, t.columns().size());
        frame(table, widths);
        XWPFTableRow header = table.getRow(0);
        header.setRepeatHeader(true);
        header.setCantSplitRow(true);
        for (int c = 0; c < widths.length; c++) {
            fill(header.getCell(c), Cell.strong(t.columns().get(c).header()), widths[c], true);
        }
        for (Row row : t.rows()) {
            progress.checkCancelled();
            XWPFTableRow tr = table.createRow();
            tr.setCantSplitRow(true);
            List<Cell> cells = row.cells();
            for (int c = 0; c < cells.size(); c++) {
                fill(tr.getCell(c), cells.get(c), widths[c], false);
            }
            rowsDone++;
            if (rowsDone % 25 == 0) {
                progress.progress(0.9 * rowsDone / totalRows, "Wrote " + rowsDone + " of " + totalRows + " rows");
            }
        }
    }

    /** Fixed layout with exact column widths: faster to lay out, and LibreOffice shows what Word shows. */
    private static void frame(XWPFTable table, int[] widths) {
        CTTblPr pr = table.getCTTbl().getTblPr() != null ? table.getCTTbl().getTblPr() : table.getCTTbl().addNewTblPr();
        CTTblWidth w = pr.isSetTblW() ? pr.getTblW() : pr.addNewTblW();
        w.setType(STTblWidth.DXA);
        w.setW(BigInteger.valueOf(sum(widths)));
        CTTblLayoutType layout = pr.isSetTblLayout() ? pr.getTblLayout() : pr.addNewTblLayout();
        layout.setType(STTblLayoutType.FIXED);
        CTTblGrid grid = table.getCTTbl().getTblGrid() != null ? table.getCTTbl().getTblGrid()
                : table.getCTTbl().addNewTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        for (int width : widths) {
            grid.addNewGridCol().setW(BigInteger.valueOf(width));
        }
        var rule = org.apache.poi.xwpf.usermodel.XWPFTable.XWPFBorderType.SINGLE;
        table.setTopBorder(rule, 4, 0, RagColours.RULE);
        table.setBottomBorder(rule, 4, 0, RagColours.RULE);
        table.setLeftBorder(rule, 4, 0, RagColours.RULE);
        table.setRightBorder(rule, 4, 0, RagColours.RULE);
        table.setInsideHBorder(rule, 4, 0, RagColours.RULE);
        table.setInsideVBorder(rule, 4, 0, RagColours.RULE);
    }

    private static void fill(XWPFTableCell cell, Cell content, int width, boolean header) {
        CTTcPr pr = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
        CTTblWidth w = pr.isSetTcW() ? pr.getTcW() : pr.addNewTcW();
        w.setType(STTblWidth.DXA);
        w.setW(BigInteger.valueOf(width));
        if (content.rowSpan() > 1) {
            pr.addNewVMerge().setVal(STMerge.RESTART);
        } else if (content.continuation()) {
            pr.addNewVMerge().setVal(STMerge.CONTINUE);
            text(cell.getParagraphs().get(0), "", false, null);
            return;
        }
        String textColour = null;
        if (header) {
            cell.setColor(RagColours.HEADER_FILL);
            textColour = "FFFFFF";
        } else if (content.rag() != null) {
            cell.setColor(RagColours.fill(content.rag()));
            textColour = RagColours.text(content.rag());
            pr.addNewVAlign().setVal(STVerticalJc.CENTER);
        }
        String[] lines = content.text().split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            XWPFParagraph p = i == 0 ? cell.getParagraphs().get(0) : cell.addParagraph();
            text(p, lines[i], content.strong() || header, textColour);
            if (content.rag() != null) {
                p.setAlignment(ParagraphAlignment.CENTER);
            }
        }
    }

    private static void text(XWPFParagraph p, String line, boolean bold, String colour) {
        p.setStyle("TableText");
        boolean bullet = line.startsWith("• ");
        if (bullet) {
            p.setIndentationLeft(170);
            p.setIndentationHanging(170);
        }
        XWPFRun r = p.createRun();
        r.setText(line);
        if (bold) {
            r.setBold(true);
        }
        if (colour != null) {
            r.setColor(colour);
        }
    }

    private static int[] widths(List<Column> columns) {
        int total = columns.stream().mapToInt(Column::weight).sum();
        int[] widths = new int[columns.size()];
        int used = 0;
        for (int i = 0; i < widths.length; i++) {
            widths[i] = i == widths.length - 1 ? DocxPage.TEXT_WIDTH - used
                    : DocxPage.TEXT_WIDTH * columns.get(i).weight() / total;
            used += widths[i];
        }
        return widths;
    }

    private static int sum(int[] values) {
        int s = 0;
        for (int v : values) {
            s += v;
        }
        return s;
    }
}
