package org.cspplanner.exporters.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.hssf.usermodel.HSSFCellStyle;
import org.apache.poi.hssf.usermodel.HSSFPalette;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.hssf.util.HSSFColor;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.cspplanner.model.ProgressListener;

/**
 * Reads an Excel 97–2003 (.xls) workbook through POI's HSSF model. The format stops at 65,536 rows a sheet,
 * so reading it whole stays within bounds.
 */
final class XlsGridReader {

    private final DataFormatter formatter = new DataFormatter(Locale.UK);

    List<SourceSheet> read(HSSFWorkbook wb, int maxRows, ProgressListener progress) throws ImportException {
        List<SourceSheet> sheets = new ArrayList<>();
        HSSFPalette palette = wb.getCustomPalette();
        for (Sheet sheet : wb) {
            progress.checkCancelled();
            GridBuilder grid = new GridBuilder(sheet.getSheetName(), maxRows);
            for (Row row : sheet) {
                List<SourceCell> cells = new ArrayList<>();
                for (Cell cell : row) {
                    int col = cell.getColumnIndex();
                    if (col >= GridBuilder.MAX_COLUMNS) {
                        break;
                    }
                    while (cells.size() < col) {
                        cells.add(SourceCell.EMPTY);
                    }
                    cells.add(toSourceCell(cell, palette));
                }
                grid.addRow(row.getRowNum(), cells);
            }
            for (CellRangeAddress r : sheet.getMergedRegions()) {
                grid.merge(r.getFirstRow(), r.getLastRow(), r.getFirstColumn(), r.getLastColumn());
            }
            sheets.add(grid.build());
        }
        return sheets;
    }

    private SourceCell toSourceCell(Cell cell, HSSFPalette palette) {
        String fill = null;
        HSSFCellStyle style = (HSSFCellStyle) cell.getCellStyle();
        if (style != null && style.getFillPattern() != FillPatternType.NO_FILL) {
            HSSFColor colour = palette.getColor(style.getFillForegroundColor());
            if (colour != null && colour.getIndex() != HSSFColor.HSSFColorPredefined.AUTOMATIC.getIndex()) {
                short[] rgb = colour.getTriplet();
                fill = String.format("#%02X%02X%02X", rgb[0], rgb[1], rgb[2]);
            }
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        if (type == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
            java.time.LocalDate date = cell.getLocalDateTimeCellValue().toLocalDate();
            return new SourceCell(UkDates.format(date), fill, date, false);
        }
        String text = switch (type) {
            case STRING -> cell.getRichStringCellValue().getString();
            case NUMERIC -> formatter.formatRawCellContents(cell.getNumericCellValue(), style == null ? 0 : style.getDataFormat(),
                    style == null ? "General" : style.getDataFormatString());
            case BOOLEAN -> cell.getBooleanCellValue() ? "TRUE" : "FALSE";
            default -> "";
        };
        return new SourceCell(text, fill, null, false);
    }
}
