package org.cspplanner.exporters.roundtrip;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.cspplanner.exporters.ExportOptions;
import org.cspplanner.exporters.Exporters;
import org.cspplanner.exporters.importing.ImportException;
import org.cspplanner.exporters.importing.ImportOptions;
import org.cspplanner.exporters.importing.ImportPreview;
import org.cspplanner.exporters.importing.PlanImporter;
import org.cspplanner.exporters.xlsx.XlsxExporter;
import org.cspplanner.exporters.xlsx.XlsxPlanData;
import org.cspplanner.model.Action;
import org.cspplanner.model.Plan;
import org.cspplanner.model.ProgressListener;
import org.cspplanner.model.Rag;
import org.cspplanner.model.ReportingPeriod;
import org.cspplanner.model.Update;
import org.cspplanner.model.sample.SamplePlan;
import org.cspplanner.model.sample.SeedPlans;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Export to .xlsx, then import the file with the ordinary importer: the same plan comes back. */
class XlsxRoundTripTest {

    private static final ReportingPeriod Q2 = ReportingPeriod.parse("Q2 2026/27");

    @TempDir
    Path dir;

    static Stream<Arguments> plans() {
        return Stream.of(
                Arguments.of("sample plan", "delivery-plan", (Supplier<Plan>) SamplePlan::create),
                Arguments.of("seed 000", "prevention-plan", (Supplier<Plan>) SeedPlans::littleportPrevention),
                Arguments.of("seed 001", "area-of-focus", (Supplier<Plan>) SeedPlans::eastCambridgeshireActionPlan),
                Arguments.of("seed 002", "rolling-plan", (Supplier<Plan>) SeedPlans::southCambridgeshireRollingPlan),
                Arguments.of("seed 003", "delivery-plan", (Supplier<Plan>) SeedPlans::fenlandDeliveryPlan),
                Arguments.of("seed 004", "action-plan-matrix", (Supplier<Plan>) SeedPlans::northWestLeicestershireActionPlan));
    }

    private Path export(Plan plan, String layout, ReportingPeriod period) throws Exception {
        Path file = dir.resolve(layout + ".xlsx");
        ExportOptions options = ExportOptions.of(layout, period == null ? plan.reportingPeriods().get(plan.reportingPeriods().size() - 1) : period);
        try (OutputStream out = Files.newOutputStream(file)) {
            Exporters.forFormat("xlsx").export(plan, options, out, ProgressListener.NONE);
        }
        return file;
    }

    private static ImportPreview importFile(Path file) throws ImportException {
        return PlanImporter.preview(file, ImportOptions.DEFAULTS, ProgressListener.NONE);
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("plans")
    void exportThenImportGivesTheSamePlan(String name, String layout, Supplier<Plan> source) throws Exception {
        Plan plan = source.get();
        ImportPreview preview = importFile(export(plan, layout, null));
        assertEquals(plan, preview.plan());
        assertTrue(preview.warnings().isEmpty(), preview.warnings().toString());
    }

    @Test
    void aRagChangedInTheDropDownBecomesANewUpdateForThatQuarter() throws Exception {
        Plan plan = SamplePlan.create();
        Path file = export(plan, "rolling-plan", Q2);
        Action first = plan.themes().get(0).actions().get(0);
        Rag shown = first.ragFor(Q2).orElseThrow();
        Rag chosen = shown == Rag.RED ? Rag.GREEN : Rag.RED;
        setRagOfFirstRow(file, chosen.word());

        ImportPreview preview = importFile(file);
        Action after = preview.plan().action(first.id()).orElseThrow();
        assertEquals(first.updates().size() + 1, after.updates().size());
        Update added = after.updateFor(Q2).orElseThrow();
        assertEquals(chosen, added.rag());
        assertEquals("rolling-plan.xlsx", added.source());
        assertEquals(chosen, after.rag());
        assertEquals(List.of("RAG of " + first.code() + " changed from " + shown.word() + " to " + chosen.word()),
                preview.warnings().stream().map(w -> w.message()).toList());
        assertEquals(first.updates(), after.updates().subList(0, first.updates().size()));
    }

    @Test
    void aWordThatIsNoRatingIsReportedAndChangesNothing() throws Exception {
        Plan plan = SamplePlan.create();
        Path file = export(plan, "rolling-plan", Q2);
        setRagOfFirstRow(file, "Purple");
        ImportPreview preview = importFile(file);
        assertEquals(plan, preview.plan());
        assertTrue(preview.warnings().get(0).message().startsWith("'Purple' is not a RAG rating"), preview.warnings().toString());
    }

    @Test
    void aChangedProjectRatingIsReportedNotGuessedAt() throws Exception {
        Plan plan = SamplePlan.create();
        Path file = export(plan, "delivery-plan", Q2);
        Action first = plan.themes().get(0).actions().get(0);
        assertTrue(first.milestones().size() > 1, "the first action must span several project rows");
        setRagOfFirstRow(file, "Red".equals(firstRagWord(file)) ? "Green" : "Red");
        ImportPreview preview = importFile(file);
        assertEquals(plan, preview.plan());
        assertEquals(1, preview.warnings().size());
        assertTrue(preview.warnings().get(0).message().contains("project row of " + first.code()), preview.warnings().toString());
    }

    @Test
    void aDamagedDataSheetIsRefusedWithAClearMessage() throws Exception {
        Path file = export(SamplePlan.create(), "delivery-plan", Q2);
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            wb.getSheet(XlsxPlanData.SHEET).getRow(1).getCell(0).setCellValue("not base64 at all!");
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }
        ImportException e = assertThrows(ImportException.class, () -> importFile(file));
        assertEquals("The csp-plan-data sheet is damaged: its data cannot be decoded.", e.getMessage());
    }

    private static String firstRagWord(Path file) throws Exception {
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet sheet = wb.getSheet(XlsxExporter.TABLE_SHEET);
            for (Cell c : sheet.getRow(0)) {
                if (c.getStringCellValue().contains("RAG")) {
                    return sheet.getRow(1).getCell(c.getColumnIndex()).getStringCellValue();
                }
            }
            throw new AssertionError("no RAG column");
        }
    }

    private static void setRagOfFirstRow(Path file, String word) throws Exception {
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet sheet = wb.getSheet(XlsxExporter.TABLE_SHEET);
            Row header = sheet.getRow(0);
            int rag = -1;
            for (Cell c : header) {
                if (c.getStringCellValue().contains("RAG")) {
                    rag = c.getColumnIndex();
                }
            }
            sheet.getRow(1).getCell(rag).setCellValue(word);
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }
    }
}
