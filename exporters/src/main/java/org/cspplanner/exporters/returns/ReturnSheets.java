package org.cspplanner.exporters.returns;

import java.math.BigDecimal;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.ComparisonOperator;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFConditionalFormattingRule;
import org.apache.poi.xssf.usermodel.XSSFDataValidationHelper;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFSheetConditionalFormatting;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.cspplanner.model.Rag;
import org.cspplanner.model.ReportingPeriod;

/**
 * The cell styles and sheet furniture of a return: locked read-only cells, unlocked yellow input cells,
 * drop-downs, RAG colours, and protection that still lets partners sort, filter and resize.
 */
final class ReturnSheets {

    private static final byte[] INPUT_YELLOW = {(byte) 0xFF, (byte) 0xF5, (byte) 0xC2};
    private static final byte[] HEADER_GREY = {(byte) 0xD9, (byte) 0xD9, (byte) 0xD9};
    private static final byte[] READ_ONLY_GREY = {(byte) 0xF3, (byte) 0xF3, (byte) 0xF3};

    final XSSFWorkbook wb;
    final ReportingPeriod period;
    final XSSFCellStyle header;
    final XSSFCellStyle readOnly;
    final XSSFCellStyle input;
    final XSSFCellStyle inputNumber;
    final XSSFCellStyle title;
    final XSSFCellStyle bold;
    final XSSFCellStyle wrap;

    ReturnSheets(XSSFWorkbook wb, ReportingPeriod period) {
        this.wb = wb;
        this.period = period;
        XSSFFont boldFont = wb.createFont();
        boldFont.setBold(true);
        XSSFFont titleFont = wb.createFont();
        titleFont.setBold(true);
        titleFont.setFontHeightInPoints((short) 14);
        header = style(true, HEADER_GREY);
        header.setFont(boldFont);
        readOnly = style(true, READ_ONLY_GREY);
        input = style(false, INPUT_YELLOW);
        inputNumber = style(false, INPUT_YELLOW);
        inputNumber.setDataFormat(wb.createDataFormat().getFormat("General"));
        title = wb.createCellStyle();
        title.setFont(titleFont);
        bold = wb.createCellStyle();
        bold.setFont(boldFont);
        bold.setVerticalAlignment(VerticalAlignment.TOP);
        wrap = wb.createCellStyle();
        wrap.setWrapText(true);
        wrap.setVerticalAlignment(VerticalAlignment.TOP);
    }

    private XSSFCellStyle style(boolean locked, byte[] fill) {
        XSSFCellStyle s = wb.createCellStyle();
        s.setLocked(locked);
        s.setWrapText(true);
        s.setVerticalAlignment(VerticalAlignment.TOP);
        s.setFillForegroundColor(new XSSFColor(fill, null));
        s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        s.setBorderTop(BorderStyle.THIN);
        s.setBorderBottom(BorderStyle.THIN);
        s.setBorderLeft(BorderStyle.THIN);
        s.setBorderRight(BorderStyle.THIN);
        return s;
    }

    void header(XSSFSheet sheet, String[] names, int[] widths) {
        XSSFRow row = sheet.createRow(0);
        for (int c = 0; c < names.length; c++) {
            XSSFCell cell = row.createCell(c);
            cell.setCellValue(names[c]);
            cell.setCellStyle(header);
            sheet.setColumnWidth(c, widths[c] * 256);
        }
        sheet.createFreezePane(2, 1);
    }

    void readOnly(XSSFRow row, int column, String text) {
        XSSFCell cell = row.createCell(column);
        cell.setCellValue(text);
        cell.setCellStyle(readOnly);
    }

    void inputText(XSSFRow row, int column, String text) {
        XSSFCell cell = row.createCell(column);
        if (!text.isEmpty()) {
            cell.setCellValue(text);
        }
        cell.setCellStyle(input);
    }

    void inputNumber(XSSFRow row, int column, BigDecimal value) {
        XSSFCell cell = row.createCell(column);
        if (value != null) {
            cell.setCellValue(value.doubleValue());
        }
        cell.setCellStyle(inputNumber);
    }

    /** Sets a row tall enough for its longest wrapped text (Excel does not grow rows it did not lay out). */
    void fitHeight(XSSFRow row, int... columns) {
        int lines = 1;
        for (int c = 0; c < row.getLastCellNum(); c++) {
            XSSFCell cell = row.getCell(c);
            if (cell == null || cell.getCellType() != org.apache.poi.ss.usermodel.CellType.STRING) {
                continue;
            }
            int width = Math.max(1, row.getSheet().getColumnWidth(c) / 256 - 1);
            int cellLines = 0;
            for (String line : cell.getStringCellValue().split("\n", -1)) {
                cellLines += Math.max(1, (line.length() + width - 1) / width);
            }
            lines = Math.max(lines, cellLines);
        }
        row.setHeightInPoints(Math.min(409f, 15f * lines + 3f));
    }

    void ragList(XSSFSheet sheet, int firstRow, int lastRow, int column) {
        list(sheet, firstRow, lastRow, column, new String[] {Rag.RED.word(), Rag.AMBER.word(), Rag.GREEN.word()},
                "Choose Red, Amber or Green from the list (see the key on the Instructions sheet).");
        XSSFSheetConditionalFormatting cf = sheet.getSheetConditionalFormatting();
        XSSFConditionalFormattingRule[] rules = new XSSFConditionalFormattingRule[3];
        int i = 0;
        for (Rag rag : Rag.values()) {
            // A constant comparison written by us, not user text: safe as a rule formula.
            rules[i] = cf.createConditionalFormattingRule(ComparisonOperator.EQUAL, "\"" + rag.word() + "\"");
            rules[i].createPatternFormatting().setFillBackgroundColor(new XSSFColor(rgb(rag.colour()), null));
            rules[i].createFontFormatting().setFontColorIndex(org.apache.poi.ss.usermodel.IndexedColors.WHITE.getIndex());
            i++;
        }
        cf.addConditionalFormatting(new CellRangeAddress[] {new CellRangeAddress(firstRow, lastRow, column, column)}, rules);
    }

    void list(XSSFSheet sheet, int firstRow, int lastRow, int column, String[] values, String message) {
        if (lastRow < firstRow) {
            return;
        }
        XSSFDataValidationHelper helper = new XSSFDataValidationHelper(sheet);
        DataValidationConstraint constraint = helper.createExplicitListConstraint(values);
        add(sheet, helper.createValidation(constraint, new CellRangeAddressList(firstRow, lastRow, column, column)), message);
    }

    void numberCheck(XSSFSheet sheet, int firstRow, int lastRow, int column) {
        if (lastRow < firstRow) {
            return;
        }
        XSSFDataValidationHelper helper = new XSSFDataValidationHelper(sheet);
        DataValidationConstraint constraint = helper.createDecimalConstraint(
                DataValidationConstraint.OperatorType.BETWEEN, "-1000000000000", "1000000000000");
        add(sheet, helper.createValidation(constraint, new CellRangeAddressList(firstRow, lastRow, column, column)),
                "Enter a number only, without units or words.");
    }

    private static void add(XSSFSheet sheet, DataValidation validation, String message) {
        validation.setShowErrorBox(true);
        validation.setErrorStyle(DataValidation.ErrorStyle.STOP);
        validation.createErrorBox("Please check", message);
        validation.setShowPromptBox(false);
        sheet.addValidationData(validation);
    }

    /** Hides the id column, adds a filter and protects the sheet, leaving sorting, filtering and sizing allowed. */
    void finish(XSSFSheet sheet, int idColumn, int lastRow) {
        sheet.setColumnHidden(idColumn, true);
        if (lastRow >= 1) {
            sheet.setAutoFilter(new CellRangeAddress(0, lastRow, 0, idColumn));
        }
        printSetup(sheet, true);
        protect(sheet);
    }

    /** A4 landscape, one page wide, header row repeated: partners print returns to read them in meetings. */
    static void printSetup(XSSFSheet sheet, boolean repeatHeader) {
        sheet.getPrintSetup().setPaperSize(PrintSetup.A4_PAPERSIZE);
        sheet.getPrintSetup().setLandscape(true);
        sheet.setFitToPage(true);
        sheet.getPrintSetup().setFitWidth((short) 1);
        sheet.getPrintSetup().setFitHeight((short) 0);
        if (repeatHeader) {
            sheet.setRepeatingRows(CellRangeAddress.valueOf("1:1"));
        }
    }

    static void protect(XSSFSheet sheet) {
        sheet.protectSheet(ReturnLayout.PASSWORD);
        sheet.lockAutoFilter(false);
        sheet.lockSort(false);
        sheet.lockFormatRows(false);
        sheet.lockFormatColumns(false);
        sheet.lockFormatCells(true);
        sheet.lockInsertRows(true);
        sheet.lockDeleteRows(true);
        sheet.lockInsertColumns(true);
        sheet.lockDeleteColumns(true);
    }

    private static byte[] rgb(String hex) {
        int v = Integer.parseInt(hex.substring(1), 16);
        return new byte[] {(byte) (v >> 16), (byte) (v >> 8), (byte) v};
    }
}
