package org.cspplanner.exporters.xlsx;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.usermodel.Workbook;
import org.cspplanner.exporters.ExportOptions;
import org.cspplanner.exporters.layout.CustomLayout;
import org.cspplanner.model.Plan;
import org.cspplanner.model.ReportingPeriod;
import org.cspplanner.model.json.JsonFormatException;
import org.cspplanner.model.json.PlanJson;

/**
 * The very hidden "csp-plan-data" sheet that makes an exported workbook a complete copy of the plan:
 * A1 names the format ("csp-plan-data v1"); B1 to E1 hold the export's options (period, layout, whether a RAG
 * column was added, the custom layout's JSON) so a reader can redraw the visible sheet and see what a user edited;
 * A2 downwards
 * hold the plan in the app's JSON format ({@link PlanJson}), gzipped and Base64-encoded, in pieces of at most
 * 32,000 characters. Base64 has no white space, so readers that trim cell text cannot damage it.
 */
public final class XlsxPlanData {

    public static final String SHEET = "csp-plan-data";
    public static final String FORMAT = "csp-plan-data v1";
    private static final int CHUNK = 32_000;
    /** A plan of 10,000 actions is about 15 MB of JSON; anything far beyond is not ours. */
    private static final int MAX_JSON_BYTES = 200 * 1024 * 1024;

    private XlsxPlanData() {
    }

    static void write(Workbook workbook, Plan plan, ExportOptions options, ReportingPeriod period) throws IOException {
        Sheet sheet = workbook.createSheet(SHEET);
        Row first = sheet.createRow(0);
        first.createCell(0).setCellValue(FORMAT);
        first.createCell(1).setCellValue(period.label());
        first.createCell(2).setCellValue(options.layout());
        first.createCell(3).setCellValue(Boolean.toString(options.ragColumn()));
        first.createCell(4).setCellValue(options.custom() == null ? "" : options.custom().toJson());
        String encoded = encode(new PlanJson().toBytes(plan));
        int row = 1;
        for (int i = 0; i < encoded.length(); i += CHUNK) {
            sheet.createRow(row++).createCell(0).setCellValue(encoded.substring(i, Math.min(encoded.length(), i + CHUNK)));
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
        List<String> chunks = new ArrayList<>();
        for (int r = 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            Cell cell = row == null ? null : row.getCell(0);
            if (cell == null || cell.getCellType() != CellType.STRING) {
                break;
            }
            chunks.add(cell.getStringCellValue());
        }
        return Optional.of(decode(chunks));
    }

    /** The options an export was made with, from the data sheet's first row (B1 to E1) as any reader found them. */
    public static ExportOptions options(String period, String layout, String ragColumn, String customJson) {
        ReportingPeriod reported = period == null || period.isBlank() ? null : ReportingPeriod.parse(period);
        CustomLayout custom = customJson == null || customJson.isBlank() ? null : CustomLayout.fromJson(customJson);
        return new ExportOptions(layout, reported, !"false".equals(ragColumn), custom);
    }

    /** Rebuilds the plan from the data sheet's pieces (A2, A3, …), as any reader of the sheet found them. */
    public static Plan decode(List<String> chunks) throws IOException {
        String encoded = String.join("", chunks).strip();
        byte[] json;
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(Base64.getDecoder().decode(encoded)))) {
            json = in.readNBytes(MAX_JSON_BYTES + 1);
        } catch (IllegalArgumentException | IOException e) {
            throw new IOException("The " + SHEET + " sheet is damaged: its data cannot be decoded.", e);
        }
        if (json.length > MAX_JSON_BYTES) {
            throw new IOException("The " + SHEET + " sheet holds more data than any plan could (over 200 MB).");
        }
        try {
            return new PlanJson().fromBytes(json);
        } catch (JsonFormatException e) {
            throw new IOException("The " + SHEET + " sheet is damaged: " + e.getMessage(), e);
        }
    }

    private static String encode(byte[] json) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(bytes)) {
            gzip.write(json);
        }
        return Base64.getEncoder().encodeToString(bytes.toByteArray());
    }
}
