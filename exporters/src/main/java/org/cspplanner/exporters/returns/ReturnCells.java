package org.cspplanner.exporters.returns;

import java.math.BigDecimal;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;

/** What one cell of a returned file holds, read without ever evaluating a formula: a formula gives its cached value. */
record ReturnCells(String text, BigDecimal number, boolean formula) {

    static final ReturnCells BLANK = new ReturnCells("", null, false);

    static ReturnCells of(Row row, int column) {
        if (row == null) {
            return BLANK;
        }
        Cell cell = row.getCell(column);
        if (cell == null) {
            return BLANK;
        }
        boolean formula = cell.getCellType() == CellType.FORMULA;
        CellType type = formula ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case STRING -> new ReturnCells(cell.getStringCellValue().strip(), null, formula);
            case NUMERIC -> {
                BigDecimal n = new BigDecimal(Double.toString(cell.getNumericCellValue())).stripTrailingZeros();
                n = n.scale() < 0 ? n.setScale(0) : n;
                yield new ReturnCells(n.toPlainString(), n, formula);
            }
            case BOOLEAN -> new ReturnCells(Boolean.toString(cell.getBooleanCellValue()), null, formula);
            default -> new ReturnCells("", null, formula);
        };
    }

    boolean isBlank() {
        return text.isEmpty() && !formula;
    }

    /** A number typed as text ("1,250", "£40", "85%") is still a number; words are not. */
    BigDecimal asNumber() {
        if (number != null) {
            return number;
        }
        String t = text.replace(",", "").replace("£", "").replace("%", "").strip();
        if (t.isEmpty()) {
            return null;
        }
        try {
            return new BigDecimal(t);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
