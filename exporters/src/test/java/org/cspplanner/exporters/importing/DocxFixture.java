package org.cspplanner.exporters.importing;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/** Test fixture: writes a real .docx with paragraphs and tables, as plans written in Word are. */
final class DocxFixture implements AutoCloseable {

    /** A cell continuing the vertically merged cell above it. */
    static final String MERGED_ABOVE = "\u0000merged";

    private final XWPFDocument doc = new XWPFDocument();

    DocxFixture paragraph(String text) {
        doc.createParagraph().createRun().setText(text);
        return this;
    }

    DocxFixture heading(String text) {
        var p = doc.createParagraph();
        p.setStyle("Heading2");
        p.createRun().setText(text);
        return this;
    }

    /** Rows of cells; a cell's text may hold "\n" for separate paragraphs. */
    DocxFixture table(List<List<String>> rows) {
        int cols = rows.stream().mapToInt(List::size).max().orElse(1);
        XWPFTable table = doc.createTable(rows.size(), cols);
        for (int r = 0; r < rows.size(); r++) {
            XWPFTableRow row = table.getRow(r);
            for (int c = 0; c < cols; c++) {
                XWPFTableCell cell = row.getCell(c);
                String text = c < rows.get(r).size() ? rows.get(r).get(c) : "";
                if (MERGED_ABOVE.equals(text)) {
                    CTTcPr pr = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
                    pr.addNewVMerge().setVal(STMerge.CONTINUE);
                    continue;
                }
                String[] lines = text.split("\n");
                cell.getParagraphs().get(0).createRun().setText(lines[0]);
                for (int i = 1; i < lines.length; i++) {
                    cell.addParagraph().createRun().setText(lines[i]);
                }
            }
        }
        return this;
    }

    /** Marks a cell as the start of a vertical merge (the cells below say {@link #MERGED_ABOVE}). */
    DocxFixture restartMerge(int table, int row, int col) {
        XWPFTableCell cell = doc.getTables().get(table).getRow(row).getCell(col);
        CTTcPr pr = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
        pr.addNewVMerge().setVal(STMerge.RESTART);
        return this;
    }

    /** Makes a row one cell spanning the table (a banner). */
    DocxFixture banner(int table, int row, int span) {
        XWPFTableRow r = doc.getTables().get(table).getRow(row);
        while (r.getTableCells().size() > 1) {
            r.removeCell(r.getTableCells().size() - 1);
        }
        XWPFTableCell cell = r.getCell(0);
        CTTcPr pr = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
        pr.addNewGridSpan().setVal(BigInteger.valueOf(span));
        return this;
    }

    Path write(Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            doc.write(out);
        }
        return file;
    }

    @Override
    public void close() throws IOException {
        doc.close();
    }
}
