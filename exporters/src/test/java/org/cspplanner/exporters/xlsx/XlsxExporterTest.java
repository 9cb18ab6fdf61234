package org.cspplanner.exporters.xlsx;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.cspplanner.exporters.ExportOptions;
import org.cspplanner.exporters.ReadBack;
import org.cspplanner.exporters.TestPlans;
import org.cspplanner.exporters.layout.Layouts;
import org.cspplanner.model.Plan;
import org.cspplanner.model.sample.SamplePlan;
import org.cspplanner.model.sample.SeedPlans;
import org.junit.jupiter.api.Test;

class XlsxExporterTest {

    private static XSSFWorkbook export(Plan plan, String layout) throws Exception {
        return new XSSFWorkbook(new ByteArrayInputStream(ReadBack.export(plan, "xlsx", ExportOptions.of(layout, TestPlans.Q4))));
    }

    @Test
    void headerIsFrozenAndFilterable() throws Exception {
        try (XSSFWorkbook wb = export(TestPlans.fenland(), "delivery-plan")) {
            XSSFSheet sheet = wb.getSheet(XlsxExporter.TABLE_SHEET);
            assertEquals(1, sheet.getPaneInformation().getHorizontalSplitPosition());
            assertTrue(sheet.getCTWorksheet().isSetAutoFilter());
            assertEquals("A1:I12", sheet.getCTWorksheet().getAutoFilter().getRef());
            assertEquals("Theme", sheet.getRow(0).getCell(0).getStringCellValue());
            assertEquals("Action Plan No", sheet.getRow(0).getCell(1).getStringCellValue());
        }
    }

    @Test
    void ragIsADropDownOfRedAmberGreenWithConditionalColours() throws Exception {
        try (XSSFWorkbook wb = export(TestPlans.fenland(), "delivery-plan")) {
            XSSFSheet sheet = wb.getSheet(XlsxExporter.TABLE_SHEET);
            List<? extends DataValidation> validations = sheet.getDataValidations();
            assertEquals(1, validations.size());
            assertArrayEquals(new String[] {"Red", "Amber", "Green"},
                    validations.get(0).getValidationConstraint().getExplicitListValues());
            assertEquals(8, validations.get(0).getRegions().getCellRangeAddress(0).getFirstColumn());
            assertEquals(3, sheet.getSheetConditionalFormatting().getNumConditionalFormattings());
            assertEquals("Green", sheet.getRow(1).getCell(8).getStringCellValue());
        }
    }

    @Test
    void aFormulaInATitleStaysText() throws Exception {
        Plan plan = TestPlans.withFormulaTitle();
        for (String layout : Layouts.names()) {
            try (XSSFWorkbook wb = export(plan, layout)) {
                boolean found = false;
                for (Row row : wb.getSheet(XlsxExporter.TABLE_SHEET)) {
                    for (var cell : row) {
                        assertEquals(CellType.STRING, cell.getCellType(), layout + " " + cell.getAddress());
                        found |= cell.getStringCellValue().contains("=HYPERLINK(");
                    }
                }
                assertTrue(found, layout);
            }
        }
    }

    @Test
    void spannedValuesAreRepeatedSoEachRowFiltersOnItsOwn() throws Exception {
        try (XSSFWorkbook wb = export(TestPlans.fenland(), "delivery-plan")) {
            XSSFSheet sheet = wb.getSheet(XlsxExporter.TABLE_SHEET);
            assertEquals("1.2.2", sheet.getRow(3).getCell(1).getStringCellValue());
            assertEquals("1.2.2", sheet.getRow(4).getCell(1).getStringCellValue());
            assertTrue(sheet.isColumnHidden(9), "the action id column is hidden");
        }
    }

    @Test
    void roundTripGivesBackTheSamePlan() throws Exception {
        Plan plan = TestPlans.fenland();
        for (String layout : Layouts.names()) {
            try (XSSFWorkbook wb = export(plan, layout)) {
                assertEquals(SheetVisibility.VERY_HIDDEN, wb.getSheetVisibility(wb.getSheetIndex(XlsxPlanData.SHEET)));
                assertEquals(plan, XlsxPlanData.read(wb).orElseThrow(), layout);
            }
        }
    }

    @Test
    void theSeedPlansRoundTripThroughTheWorkbook() throws Exception {
        for (Plan plan : List.of(SamplePlan.create(), SeedPlans.littleportPrevention(), SeedPlans.eastCambridgeshireActionPlan(),
                SeedPlans.southCambridgeshireRollingPlan(), SeedPlans.fenlandDeliveryPlan(),
                SeedPlans.northWestLeicestershireActionPlan())) {
            try (XSSFWorkbook wb = export(plan, "delivery-plan")) {
                assertEquals(plan, XlsxPlanData.read(wb).orElseThrow(), plan.title());
            }
        }
    }

    @Test
    void aLargePlanSplitsItsDataOverSeveralCellsAndStillRoundTrips() throws Exception {
        Plan plan = TestPlans.large(300);
        try (XSSFWorkbook wb = export(plan, "custom")) {
            assertTrue(wb.getSheet(XlsxPlanData.SHEET).getLastRowNum() > 2);
            assertEquals(plan, XlsxPlanData.read(wb).orElseThrow());
        }
    }

    @Test
    void aWorkbookWithoutTheDataSheetHasNoStoredPlan() throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            wb.createSheet("Sheet1");
            assertTrue(XlsxPlanData.read(wb).isEmpty());
        }
    }

    @Test
    void titleAndLanguageAreSet() throws Exception {
        Plan plan = TestPlans.fenland();
        try (XSSFWorkbook wb = export(plan, "area-of-focus")) {
            assertEquals(plan.title(), wb.getProperties().getCoreProperties().getTitle());
            assertEquals("en-GB", wb.getPackage().getPackageProperties().getLanguageProperty().orElseThrow());
        }
    }
}
