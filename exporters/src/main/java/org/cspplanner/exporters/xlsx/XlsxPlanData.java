package org.cspplanner.exporters.xlsx;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.usermodel.Workbook;
import org.cspplanner.model.Plan;
import org.cspplanner.model.json.JsonFormatException;
import org.cspplanner.model.json.PlanJson;

/**
 * The very hidden "csp-plan-data" sheet that makes an exported workbook a complete copy of the plan:
 * A1 names the format ("csp-plan-data v1"), and A2 downwards hold the plan in the app's own JSON format
 * ({@link PlanJson}, docs/json-format.md) in pieces (a cell holds at most
 * 32,767 characters). An importer reads it back with {@link #read(Workbook)}; see docs/export-formats.md.
 */
public final class XlsxPlanData {

    public static final String SHEET = "csp-plan-data";
    public static final String FORMAT = "csp-plan-data v1";
    private static final int CHUNK = 32_000;

    private XlsxPlanData() {
    }

    static void write(Workbook workbook, Plan plan) throws IOException {
        Sheet sheet = workbook.createSheet(SHEET);
        sheet.createRow(0).createCell(0).setCellValue(FORMAT);
        String json = new String(new PlanJson().toBytes(plan), StandardCharsets.UTF_8);
        int row = 1;
        for (int i = 0; i < json.length(); i += CHUNK) {
            sheet.createRow(row++).createCell(0).setCellValue(json.substring(i, Math.min(json.length(), i + CHUNK)));
        }
        workbook.setSheetVisibility(workbook.getSheetIndex(sheet), SheetVisibility.VERY_HIDDEN);
    }

    /**
     * The plan stored in the workbook, or empty when it has no data sheet (a sheet someone made by hand).
     *
     * @throws IOException when the data sheet is there but damaged
     */
    public static Optional<Plan> read(Workbook workbook) throws IOException {
        Sheet sheet = workbook.getSheet(SHEET);
        if (sheet == null) {
            return Optional.empty();
        }
        Row first = sheet.getRow(0);
        if (first == null || first.getCell(0) == null || !FORMAT.equals(first.getCell(0).getStringCellValue())) {
            throw new IOException("The " + SHEET + " sheet is not in a format this version reads (expected '"
                    + FORMAT + "' in A1)");
        }
        StringBuilder json = new StringBuilder();
        for (int r = 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            Cell cell = row == null ? null : row.getCell(0);
            if (cell == null || cell.getCellType() != CellType.STRING) {
                break;
            }
            json.append(cell.getStringCellValue());
        }
        try {
            return Optional.of(new PlanJson().fromBytes(json.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (JsonFormatException e) {
            throw new IOException("The " + SHEET + " sheet is damaged: " + e.getMessage(), e);
        }
    }
}
