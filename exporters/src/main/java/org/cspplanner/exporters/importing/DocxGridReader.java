package org.cspplanner.exporters.importing;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.cspplanner.model.ProgressListener;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/**
 * Reads the tables of a Word plan, each as a sheet, remembering the heading paragraph above each table
 * ("Priority 1: ...", "Glossary") and the lines above the first table (the plan's title).
 * Horizontal (gridSpan) and vertical (vMerge) merges repeat the merged cell's text.
 */
final class DocxGridReader {

    /** A paragraph that names a theme or the glossary, rather than being running text or a page header. */
    private static final Pattern HEADING_WORDS = Pattern.compile(
            "(?i)^(priority|theme|strategic theme|section|glossary|acronyms)\\b.*");

    private final List<String> titleLines = new ArrayList<>();

    List<String> titleLines() {
        return titleLines;
    }

    List<SourceSheet> read(XWPFDocument doc, int maxRows, ProgressListener progress) throws ImportException {
        List<SourceSheet> sheets = new ArrayList<>();
        String heading = null;
        int tableNo = 0;
        int totalRows = 0;
        for (IBodyElement element : doc.getBodyElements()) {
            if (element instanceof XWPFParagraph p) {
                String text = p.getText().strip();
                if (text.isEmpty()) {
                    continue;
                }
                if (tableNo == 0 && titleLines.size() < 30) {
                    titleLines.add(text);
                }
                if (isHeading(p, text)) {
                    heading = heading == null ? text : heading + "\n" + text;
                }
            } else if (element instanceof XWPFTable table) {
                progress.checkCancelled();
                tableNo++;
                List<SourceRow> rows = readTable(table, tableNo);
                totalRows += rows.size();
                if (totalRows > maxRows) {
                    throw GridBuilder.tooManyRows("Table " + tableNo, maxRows);
                }
                sheets.add(new SourceSheet("Table " + tableNo, SourceSheet.Kind.TABLE, heading, rows));
                heading = null;
            }
        }
        return sheets;
    }

    private static boolean isHeading(XWPFParagraph p, String text) {
        String style = p.getStyle() == null ? "" : p.getStyle().toLowerCase(Locale.UK);
        boolean styled = style.startsWith("heading") || style.startsWith("title") || style.startsWith("berschrift");
        return text.length() <= 200 && (styled || HEADING_WORDS.matcher(text).matches());
    }

    private static List<SourceRow> readTable(XWPFTable table, int tableNo) {
        List<SourceRow> rows = new ArrayList<>();
        List<SourceCell> above = List.of();
        int rowNo = 0;
        for (XWPFTableRow row : table.getRows()) {
            rowNo++;
            List<SourceCell> cells = new ArrayList<>();
            for (XWPFTableCell cell : row.getTableCells()) {
                CTTcPr pr = cell.getCTTc().getTcPr();
                int span = 1;
                boolean continuesAbove = false;
                if (pr != null) {
                    if (pr.getGridSpan() != null && pr.getGridSpan().getVal() != null) {
                        span = Math.max(1, Math.min(64, ((BigInteger) pr.getGridSpan().getVal()).intValue()));
                    }
                    if (pr.getVMerge() != null) {
                        continuesAbove = pr.getVMerge().getVal() == null || pr.getVMerge().getVal() == STMerge.CONTINUE;
                    }
                }
                SourceCell value;
                int col = cells.size();
                if (continuesAbove && col < above.size()) {
                    value = above.get(col).asMergedCopy();
                } else {
                    value = new SourceCell(text(cell), fill(cell.getColor()), null, span > 1);
                }
                for (int i = 0; i < span; i++) {
                    cells.add(value);
                }
            }
            above = cells;
            rows.add(new SourceRow(rowNo, "Table " + tableNo + ", row " + rowNo, cells));
        }
        return rows;
    }

    private static String text(XWPFTableCell cell) {
        List<String> lines = new ArrayList<>();
        for (XWPFParagraph p : cell.getParagraphs()) {
            String t = p.getText();
            if (!t.isBlank()) {
                lines.add(t.strip());
            }
        }
        return String.join("\n", lines);
    }

    private static String fill(String colour) {
        if (colour == null || !colour.matches("[0-9A-Fa-f]{6}")) {
            return null;
        }
        return "#" + colour.toUpperCase(Locale.UK);
    }
}
