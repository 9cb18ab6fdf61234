package org.cspplanner.exporters.returns;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Fills in a return with POI the way a partner would in Excel, including the things partners should not do. */
final class PartnerFill implements AutoCloseable {

    final XSSFWorkbook wb;

    PartnerFill(byte[] bytes) throws IOException {
        wb = new XSSFWorkbook(new ByteArrayInputStream(bytes));
    }

    Sheet sheet(String name) {
        return wb.getSheet(name);
    }

    /** The row of the actions sheet whose visible code is this. */
    Row actionRow(String code) {
        return row(ReturnLayout.ACTIONS, ReturnLayout.A_CODE, code);
    }

    Row row(String sheet, int column, String value) {
        for (Row r : sheet(sheet)) {
            Cell c = r.getCell(column);
            if (r.getRowNum() > 0 && c != null && c.getCellType() == CellType.STRING && c.getStringCellValue().equals(value)) {
                return r;
            }
        }
        throw new AssertionError("No row with '" + value + "' on " + sheet);
    }

    List<String> actionCodes() {
        List<String> codes = new ArrayList<>();
        for (Row r : sheet(ReturnLayout.ACTIONS)) {
            if (r.getRowNum() > 0) {
                codes.add(r.getCell(ReturnLayout.A_CODE).getStringCellValue());
            }
        }
        return codes;
    }

    PartnerFill update(String code, String text, String rag) {
        Row r = actionRow(code);
        r.getCell(ReturnLayout.A_UPDATE).setCellValue(text);
        r.getCell(ReturnLayout.A_RAG).setCellValue(rag);
        return this;
    }

    PartnerFill actual(String actionCode, double value) {
        row(ReturnLayout.TARGETS, ReturnLayout.T_CODE, actionCode).getCell(ReturnLayout.T_ACTUAL).setCellValue(value);
        return this;
    }

    PartnerFill actualText(String actionCode, String value) {
        row(ReturnLayout.TARGETS, ReturnLayout.T_CODE, actionCode).getCell(ReturnLayout.T_ACTUAL).setCellValue(value);
        return this;
    }

    PartnerFill milestone(String milestoneCode, String status) {
        row(ReturnLayout.MILESTONES, ReturnLayout.M_CODE, milestoneCode).getCell(ReturnLayout.M_STATUS).setCellValue(status);
        return this;
    }

    PartnerFill completedBy(String name) {
        Row r = row(ReturnLayout.INSTRUCTIONS, 0, ReturnLayout.COMPLETED_BY);
        r.getCell(1).setCellValue(name);
        return this;
    }

    /** Re-sorts a sheet's rows in reverse order, as "sort Z to A" would, moving every cell with its row. */
    PartnerFill reverseRows(String sheetName) {
        Sheet sheet = sheet(sheetName);
        List<List<Object>> rows = new ArrayList<>();
        for (Row r : sheet) {
            if (r.getRowNum() > 0) {
                List<Object> values = new ArrayList<>();
                for (int c = 0; c < r.getLastCellNum(); c++) {
                    Cell cell = r.getCell(c);
                    values.add(cell == null ? null : cell.getCellType() == CellType.NUMERIC ? (Object) cell.getNumericCellValue()
                            : cell.getCellType() == CellType.STRING ? cell.getStringCellValue() : null);
                }
                rows.add(values);
            }
        }
        Collections.reverse(rows);
        for (int i = 0; i < rows.size(); i++) {
            Row r = sheet.getRow(i + 1);
            List<Object> values = rows.get(i);
            for (int c = 0; c < values.size(); c++) {
                Cell cell = r.getCell(c) == null ? r.createCell(c) : r.getCell(c);
                Object v = values.get(c);
                if (v instanceof Double d) {
                    cell.setCellValue(d);
                } else if (v instanceof String s) {
                    cell.setCellValue(s);
                } else {
                    cell.setBlank();
                }
            }
        }
        return this;
    }

    PartnerFill hideRow(String code) {
        actionRow(code).setZeroHeight(true);
        return this;
    }

    /** Deletes an action's row and closes the gap, as "Delete row" does once the sheet is unprotected. */
    PartnerFill deleteRow(String code) {
        Sheet sheet = sheet(ReturnLayout.ACTIONS);
        int index = actionRow(code).getRowNum();
        sheet.removeRow(sheet.getRow(index));
        if (index < sheet.getLastRowNum()) {
            sheet.shiftRows(index + 1, sheet.getLastRowNum(), -1);
        }
        return this;
    }

    /** Adds a row of the partner's own at the bottom, with no hidden id. */
    PartnerFill addRow(String code, String title, String text) {
        Sheet sheet = sheet(ReturnLayout.ACTIONS);
        Row r = sheet.createRow(sheet.getLastRowNum() + 1);
        r.createCell(ReturnLayout.A_CODE).setCellValue(code);
        r.createCell(ReturnLayout.A_TITLE).setCellValue(title);
        r.createCell(ReturnLayout.A_UPDATE).setCellValue(text);
        r.createCell(ReturnLayout.A_RAG).setCellValue("Green");
        return this;
    }

    PartnerFill typeOverCode(String code, String newCode) {
        actionRow(code).getCell(ReturnLayout.A_CODE).setCellValue(newCode);
        return this;
    }

    PartnerFill clearId(String code) {
        actionRow(code).getCell(ReturnLayout.A_ID).setBlank();
        return this;
    }

    Path saveAs(Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            wb.write(out);
        }
        return file;
    }

    @Override
    public void close() throws IOException {
        wb.close();
    }
}
