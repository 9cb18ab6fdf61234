package org.cspplanner.exporters.importing;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Test fixture: writes real .xlsx and .xls workbooks with POI, sheet by sheet and row by row, with merged
 * regions, fill colours and real date cells, shaped like the seeds' action tables.
 */
final class WorkbookFixture {

    /** A cell filled with a colour, with or without text. */
    record Filled(String text, String hex) {
    }

    private record SheetSpec(String name, List<Object[]> rows, List<int[]> merges) {
    }

    private final List<SheetSpec> sheets = new ArrayList<>();

    WorkbookFixture sheet(String name) {
        sheets.add(new SheetSpec(name, new ArrayList<>(), new ArrayList<>()));
        return this;
    }

    /** Values are String, LocalDate (an Excel date cell), Number, {@link Filled}, or null for no cell. */
    WorkbookFixture row(Object... values) {
        current().rows().add(values);
        return this;
    }

    /** 0-based, inclusive, as POI counts. */
    WorkbookFixture merge(int firstRow, int lastRow, int firstCol, int lastCol) {
        current().merges().add(new int[] {firstRow, lastRow, firstCol, lastCol});
        return this;
    }

    /** Merges the last row added across the given number of columns (a banner). */
    WorkbookFixture mergeLastRowAcross(int columns) {
        int r = current().rows().size() - 1;
        return merge(r, r, 0, columns - 1);
    }

    int rowCount() {
        return current().rows().size();
    }

    private SheetSpec current() {
        return sheets.get(sheets.size() - 1);
    }

    Path writeXlsx(Path file) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            fill(wb, true);
            save(wb, file);
        }
        return file;
    }

    Path writeXls(Path file) throws IOException {
        try (HSSFWorkbook wb = new HSSFWorkbook()) {
            fill(wb, false);
            save(wb, file);
        }
        return file;
    }

    private static void save(Workbook wb, Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            wb.write(out);
        }
    }

    private void fill(Workbook wb, boolean xssf) {
        CellStyle dateStyle = wb.createCellStyle();
        dateStyle.setDataFormat(wb.createDataFormat().getFormat("dd/mm/yyyy"));
        Map<String, CellStyle> fills = new HashMap<>();
        for (SheetSpec spec : sheets) {
            Sheet sheet = wb.createSheet(spec.name());
            for (int r = 0; r < spec.rows().size(); r++) {
                Object[] values = spec.rows().get(r);
                Row row = sheet.createRow(r);
                for (int c = 0; c < values.length; c++) {
                    Object v = values[c];
                    if (v == null) {
                        continue;
                    }
                    Cell cell = row.createCell(c);
                    if (v instanceof LocalDate d) {
                        cell.setCellValue(d);
                        cell.setCellStyle(dateStyle);
                    } else if (v instanceof Number n) {
                        cell.setCellValue(n.doubleValue());
                    } else if (v instanceof Filled f) {
                        if (f.text() != null) {
                            cell.setCellValue(f.text());
                        }
                        cell.setCellStyle(fills.computeIfAbsent(f.hex(), h -> fillStyle(wb, h, xssf)));
                    } else {
                        cell.setCellValue(v.toString());
                    }
                }
            }
            for (int[] m : spec.merges()) {
                sheet.addMergedRegion(new CellRangeAddress(m[0], m[1], m[2], m[3]));
            }
        }
    }

    private static CellStyle fillStyle(Workbook wb, String hex, boolean xssf) {
        CellStyle style = wb.createCellStyle();
        style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        if (xssf) {
            int rgb = Integer.parseInt(hex.substring(1), 16);
            ((XSSFCellStyle) style).setFillForegroundColor(new XSSFColor(
                    new byte[] {(byte) (rgb >> 16), (byte) (rgb >> 8), (byte) rgb}, null));
        } else {
            IndexedColors colour = switch (hex.toUpperCase()) {
                case "#FF0000" -> IndexedColors.RED;
                case "#00B050", "#00FF00" -> IndexedColors.BRIGHT_GREEN;
                default -> IndexedColors.GOLD;
            };
            style.setFillForegroundColor(colour.getIndex());
        }
        return style;
    }
}
