package org.cspplanner.exporters.returns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.cspplanner.model.Plan;
import org.cspplanner.model.ReportingPeriod;
import org.cspplanner.model.sample.SamplePlan;
import org.junit.jupiter.api.Test;

/** The return workbook as a partner receives it: what it shows, what can be typed in and what is protected. */
class ReturnWorkbookWriterTest {

    private static final ReportingPeriod Q3 = ReportingPeriod.of(2026, 3);
    private final Plan plan = SamplePlan.create();

    private PartnerFill policeReturn() throws IOException {
        return new PartnerFill(ReturnsRoundTripTest.returnFor(plan, Q3, "Police"));
    }

    @Test
    void everySheetIsProtectedButLetsPartnersSortAndFilter() throws IOException {
        try (PartnerFill f = policeReturn()) {
            assertTrue(f.wb.isStructureLocked(), "sheets cannot be added, removed or renamed");
            for (String name : List.of(ReturnLayout.INSTRUCTIONS, ReturnLayout.ACTIONS, ReturnLayout.TARGETS,
                    ReturnLayout.MILESTONES, ReturnLayout.MANIFEST)) {
                XSSFSheet sheet = f.wb.getSheet(name);
                assertTrue(sheet.isSheetLocked(), name + " is protected");
                assertTrue(sheet.isInsertRowsLocked() && sheet.isDeleteRowsLocked(), name + " rows cannot be added or deleted");
            }
            XSSFSheet actions = f.wb.getSheet(ReturnLayout.ACTIONS);
            assertFalse(actions.isSortLocked());
            assertFalse(actions.isAutoFilterLocked());
            assertNotNull(actions.getCTWorksheet().getAutoFilter(), "a filter is set on the header row");
        }
    }

    @Test
    void onlyTheInputCellsAreUnlocked() throws IOException {
        try (PartnerFill f = policeReturn()) {
            assertUnlockedColumns(f.wb.getSheet(ReturnLayout.ACTIONS), Set.of(ReturnLayout.A_UPDATE, ReturnLayout.A_RAG));
            assertUnlockedColumns(f.wb.getSheet(ReturnLayout.TARGETS), Set.of(ReturnLayout.T_ACTUAL));
            assertUnlockedColumns(f.wb.getSheet(ReturnLayout.MILESTONES), Set.of(ReturnLayout.M_STATUS));
            Row completedBy = f.row(ReturnLayout.INSTRUCTIONS, 0, ReturnLayout.COMPLETED_BY);
            assertFalse(completedBy.getCell(1).getCellStyle().getLocked(), "the partner can give their name");
        }
    }

    private static void assertUnlockedColumns(XSSFSheet sheet, Set<Integer> inputs) {
        int checked = 0;
        for (Row row : sheet) {
            for (Cell cell : row) {
                boolean locked = cell.getCellStyle().getLocked();
                boolean input = row.getRowNum() > 0 && inputs.contains(cell.getColumnIndex());
                assertEquals(!input, locked, sheet.getSheetName() + " " + cell.getAddress());
                checked++;
            }
        }
        assertTrue(checked > 10, "cells were checked on " + sheet.getSheetName());
    }

    @Test
    void theIdentifiersAreHiddenAndTheManifestIsVeryHidden() throws IOException {
        try (PartnerFill f = policeReturn()) {
            assertEquals(SheetVisibility.VERY_HIDDEN, f.wb.getSheetVisibility(f.wb.getSheetIndex(ReturnLayout.MANIFEST)));
            assertTrue(f.wb.getSheet(ReturnLayout.ACTIONS).isColumnHidden(ReturnLayout.A_ID));
            assertTrue(f.wb.getSheet(ReturnLayout.TARGETS).isColumnHidden(ReturnLayout.T_ID));
            assertTrue(f.wb.getSheet(ReturnLayout.MILESTONES).isColumnHidden(ReturnLayout.M_ID));
            String id = f.actionRow("1.2").getCell(ReturnLayout.A_ID).getStringCellValue();
            assertEquals(plan.actions().filter(a -> a.code().equals("1.2")).findFirst().orElseThrow().id().toString(), id);
        }
    }

    @Test
    void theRagAndStatusColumnsOfferDropDownLists() throws IOException {
        try (PartnerFill f = policeReturn()) {
            List<String> rag = listValues(f.wb.getSheet(ReturnLayout.ACTIONS), ReturnLayout.A_RAG);
            assertEquals(List.of("Red", "Amber", "Green"), rag);
            List<String> status = listValues(f.wb.getSheet(ReturnLayout.MILESTONES), ReturnLayout.M_STATUS);
            assertEquals(List.of("Not started", "In progress", "Complete", "Carried over", "Dropped"), status);
            assertEquals(1, f.wb.getSheet(ReturnLayout.ACTIONS).getSheetConditionalFormatting().getNumConditionalFormattings());
        }
    }

    private static List<String> listValues(XSSFSheet sheet, int column) {
        for (DataValidation v : sheet.getDataValidations()) {
            if (v.getRegions().getCellRangeAddress(0).getFirstColumn() == column) {
                return List.of(v.getValidationConstraint().getExplicitListValues());
            }
        }
        throw new AssertionError("No drop-down on column " + column);
    }

    @Test
    void eachActionShowsItsMilestonesTargetsAndLastUpdate() throws IOException {
        try (PartnerFill f = policeReturn()) {
            Row row = f.actionRow("1.2");
            assertTrue(row.getCell(ReturnLayout.A_TITLE).getStringCellValue().startsWith("Target patrols and PSPO"));
            assertTrue(row.getCell(ReturnLayout.A_MILESTONES).getStringCellValue().contains("1.2a Renew the Town Centre PSPO"));
            String targets = row.getCell(ReturnLayout.A_TARGETS).getStringCellValue();
            assertTrue(targets.contains("at most 370") && targets.contains("last 351 (Q2 2026/27)"), targets);
            String last = row.getCell(ReturnLayout.A_LAST_UPDATE).getStringCellValue();
            assertTrue(last.startsWith("Q2 2026/27 – Green – Insp Daniel Okafor\n351 incidents"), last);
            assertEquals(CellType.BLANK, row.getCell(ReturnLayout.A_UPDATE).getCellType());
            assertEquals("Update for Q3 2026/27", f.sheet(ReturnLayout.ACTIONS).getRow(0)
                    .getCell(ReturnLayout.A_UPDATE).getStringCellValue());
        }
    }

    @Test
    void anUpdateAlreadyInThePlanForTheQuarterIsShownButNotPreFilled() throws IOException {
        org.cspplanner.model.Action a = plan.actions().filter(x -> x.code().equals("1.2")).findFirst().orElseThrow();
        Plan withQ3 = plan.withAction(a.withUpdateAdded(org.cspplanner.model.Update.of(Q3, null, "Helen Marsh",
                "Typed in by the coordinator.", org.cspplanner.model.Rag.RED)));
        try (PartnerFill f = new PartnerFill(ReturnsRoundTripTest.returnFor(withQ3, Q3, "Police"))) {
            Row row = f.actionRow("1.2");
            assertTrue(row.getCell(ReturnLayout.A_LAST_UPDATE).getStringCellValue()
                    .startsWith("Q3 2026/27 – Red – Helen Marsh\nTyped in by the coordinator."));
            assertEquals(CellType.BLANK, row.getCell(ReturnLayout.A_UPDATE).getCellType());
            assertEquals(CellType.BLANK, row.getCell(ReturnLayout.A_RAG).getCellType());
        }
    }

    @Test
    void onlyOpenActionsOfTheRecipientAreSent() throws IOException {
        try (PartnerFill f = policeReturn()) {
            assertEquals(List.of("1.1", "1.2", "1.4", "2.2", "3.2", "3.3", "4.1", "4.2", "4.3"), f.actionCodes());
        }
    }

    @Test
    void theInstructionsGiveTheQuarterDeadlineContactAndRagKey() throws IOException {
        try (PartnerFill f = policeReturn()) {
            StringBuilder all = new StringBuilder();
            for (Row row : f.sheet(ReturnLayout.INSTRUCTIONS)) {
                for (Cell cell : row) {
                    all.append(cell.getStringCellValue()).append('\n');
                }
            }
            String text = all.toString();
            assertTrue(text.contains("Quarterly update for Q3 2026/27 (Oct–Dec 2026)"), text);
            assertTrue(text.contains("08/01/2027"), text);
            assertTrue(text.contains("community.safety@wyvernvale.gov.uk"), text);
            assertTrue(text.contains(plan.ragScheme().amber()), text);
        }
    }

    @Test
    void userTextIsNeverWrittenAsAFormula() throws IOException {
        Plan risky = plan.withAction(plan.actions().filter(a -> a.code().equals("1.2")).findFirst().orElseThrow()
                .toBuilder().title("=HYPERLINK(\"http://evil\",\"click\")").build());
        try (PartnerFill f = new PartnerFill(ReturnsRoundTripTest.returnFor(risky, Q3, "Police"))) {
            Cell title = f.actionRow("1.2").getCell(ReturnLayout.A_TITLE);
            assertEquals(CellType.STRING, title.getCellType());
            assertEquals("=HYPERLINK(\"http://evil\",\"click\")", title.getStringCellValue());
        }
    }
}
