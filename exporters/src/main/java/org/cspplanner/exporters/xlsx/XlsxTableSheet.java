package org.cspplanner.exporters.xlsx;

import java.util.List;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.ComparisonOperator;
import org.apache.poi.ss.usermodel.ConditionalFormattingRule;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.PatternFormatting;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetConditionalFormatting;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFFontFormatting;
import org.apache.poi.xssf.usermodel.XSSFPatternFormatting;
import org.cspplanner.exporters.document.Column;
import org.cspplanner.exporters.sheet.FlatTable;
import org.cspplanner.exporters.support.RagColours;
import org.cspplanner.model.ProgressListener;
import org.cspplanner.model.Rag;

/** Writes the flattened layout table: header, frozen pane, autofilter, RAG drop-down and colours, hidden ids. */
final class XlsxTableSheet {

    private static final int MAX_CELL = SpreadsheetVersion.EXCEL2007.getMaxTextLength();

    private final Sheet sheet;
    private final XlsxStyles styles;
    private final ProgressListener progress;

    XlsxTableSheet(Sheet sheet, XlsxStyles styles, ProgressListener progress) {
        this.sheet = sheet;
        this.styles = styles;
        this.progress = progress;
    }

    void write(FlatTable table) {
        List<Column> columns = table.columns();
        int idColumn = columns.size();
        Row header = sheet.createRow(0);
        for (int c = 0; c < columns.size(); c++) {
            text(header.createCell(c), columns.get(c).header(), styles.header());
            sheet.setColumnWidth(c, widthChars(columns.get(c)) * 256);
        }
        text(header.createCell(idColumn), XlsxExporter.ACTION_ID_HEADER, styles.header());
        sheet.setColumnHidden(idColumn, true);
        header.setHeightInPoints(height(columns.stream().map(Column::header).toList(), columns));
        int ragColumn = table.ragColumn();
        int n = table.rows().size();
        for (int r = 0; r < n; r++) {
            progress.checkCancelled();
            FlatTable.FlatRow flat = table.rows().get(r);
            Row row = sheet.createRow(r + 1);
            for (int c = 0; c < flat.values().size(); c++) {
                CellStyle style = c == ragColumn ? styles.rag(flat.rag()) : styles.wrap();
                text(row.createCell(c), flat.values().get(c), style);
            }
            text(row.createCell(idColumn), flat.actionId().toString(), styles.wrap());
            row.setHeightInPoints(height(flat.values(), columns));
            if (r % 50 == 0) {
                progress.progress(0.9 * r / Math.max(1, n), "Wrote " + r + " of " + n + " rows");
            }
        }
        sheet.createFreezePane(0, 1);
        int lastRow = Math.max(1, n);
        sheet.setAutoFilter(new CellRangeAddress(0, lastRow, 0, columns.size() - 1));
        if (ragColumn >= 0 && n > 0) {
            ragDropDown(ragColumn, n);
            ragColours(ragColumn, n);
        }
        print();
    }

    /** The only way user text enters the sheet: as a string value (never a formula), cut to Excel's cell limit. */
    static void text(Cell cell, String value, CellStyle style) {
        String v = value == null ? "" : value;
        if (v.length() > MAX_CELL) {
            v = v.substring(0, MAX_CELL - 1) + "…";
        }
        cell.setCellValue(v);
        cell.setCellStyle(style);
    }

    /**
     * An estimated row height: POI cannot measure text, and LibreOffice does not refit rows on opening,
     * so without it wrapped cells print over one another.
     */
    static float height(List<String> values, List<Column> columns) {
        int lines = 1;
        for (int c = 0; c < values.size(); c++) {
            int width = Math.max(1, widthChars(columns.get(c)) - 1);
            int cellLines = 0;
            for (String line : values.get(c).split("\n", -1)) {
                cellLines += Math.max(1, (line.length() + width - 1) / width);
            }
            lines = Math.max(lines, cellLines);
        }
        return Math.min(409f, lines * 13f + 3f);
    }

    static int widthChars(Column column) {
        return Math.min(70, Math.max(9, (int) (column.weight() * 1.7)));
    }

    private void ragDropDown(int column, int rows) {
        DataValidationHelper helper = sheet.getDataValidationHelper();
        DataValidationConstraint words = helper.createExplicitListConstraint(
                new String[] {Rag.RED.word(), Rag.AMBER.word(), Rag.GREEN.word()});
        DataValidation validation = helper.createValidation(words, new CellRangeAddressList(1, rows, column, column));
        validation.setEmptyCellAllowed(true);
        validation.setShowErrorBox(true);
        validation.createErrorBox("Progress (RAG)", "Choose Red, Amber or Green.");
        validation.setSuppressDropDownArrow(true); // for .xlsx, true means "show the arrow"
        sheet.addValidationData(validation);
    }

    /** Conditional colours, so the cell recolours when someone picks another word from the drop-down. */
    private void ragColours(int column, int rows) {
        SheetConditionalFormatting formatting = sheet.getSheetConditionalFormatting();
        CellRangeAddress[] range = {new CellRangeAddress(1, rows, column, column)};
        for (Rag rag : Rag.values()) {
            ConditionalFormattingRule rule = formatting.createConditionalFormattingRule(
                    ComparisonOperator.EQUAL, "\"" + rag.word() + "\"");
            PatternFormatting fill = rule.createPatternFormatting();
            ((XSSFPatternFormatting) fill).setFillBackgroundColor(XlsxStyles.colour(RagColours.fill(rag)));
            fill.setFillPattern(PatternFormatting.SOLID_FOREGROUND);
            XSSFFontFormatting font = (XSSFFontFormatting) rule.createFontFormatting();
            font.setFontColor(XlsxStyles.colour(RagColours.text(rag)));
            font.setFontStyle(false, true);
            formatting.addConditionalFormatting(range, rule);
        }
    }

    private void print() {
        PrintSetup setup = sheet.getPrintSetup();
        setup.setPaperSize(PrintSetup.A4_PAPERSIZE);
        setup.setLandscape(true);
        setup.setFitWidth((short) 1);
        setup.setFitHeight((short) 0);
        sheet.setFitToPage(true);
        sheet.setRepeatingRows(CellRangeAddress.valueOf("1:1"));
    }
}
