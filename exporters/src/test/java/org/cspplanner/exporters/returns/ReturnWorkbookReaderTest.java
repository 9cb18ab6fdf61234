package org.cspplanner.exporters.returns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.cspplanner.model.Plan;
import org.cspplanner.model.Rag;
import org.cspplanner.model.ReportingPeriod;
import org.cspplanner.model.returns.ReturnFile;
import org.cspplanner.model.returns.ReturnIssue;
import org.cspplanner.model.returns.ReturnIssue.Kind;
import org.cspplanner.model.returns.ReturnedAction;
import org.cspplanner.model.sample.SamplePlan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading a returned file: its identifiers, the values entered, and the odd things partners do. */
class ReturnWorkbookReaderTest {

    private static final ReportingPeriod Q3 = ReportingPeriod.of(2026, 3);
    private final Plan plan = SamplePlan.create();

    @TempDir
    Path dir;

    private ReturnFile read(Path file) throws IOException {
        try (var in = Files.newInputStream(file)) {
            return new ReturnWorkbookReader().read(file.getFileName().toString(), in);
        }
    }

    private static ReturnedAction action(ReturnFile f, String code) {
        return f.actions().stream().filter(a -> a.code().equals(code)).findFirst().orElseThrow();
    }

    private static List<ReturnIssue> issues(ReturnFile f, Kind kind) {
        return f.issues().stream().filter(i -> i.kind() == kind).toList();
    }

    @Test
    void aReturnKnowsItsPlanQuarterAndRecipient() throws IOException {
        Path file;
        try (PartnerFill f = new PartnerFill(ReturnsRoundTripTest.returnFor(plan, Q3, "Vale Homes"))) {
            file = f.saveAs(dir.resolve("vale.xlsx"));
        }
        ReturnFile r = read(file);
        assertEquals(plan.id(), r.planId());
        assertEquals(plan.title(), r.planTitle());
        assertEquals(Q3, r.period());
        assertEquals("Vale Homes", r.recipient().organisation());
        assertEquals("", r.recipient().officer());
        assertTrue(r.issues().isEmpty(), r.issues().toString());
        assertTrue(r.actions().stream().allMatch(ReturnedAction::isEmpty), "nothing was filled in");
    }

    @Test
    void wordsForRagAndNumbersTypedAsTextAreUnderstood() throws IOException {
        Path file;
        try (PartnerFill f = new PartnerFill(ReturnsRoundTripTest.returnFor(plan, Q3, "Police"))) {
            file = f.update("1.2", "Fine.", "on track").actualText("1.2", "1,205").saveAs(dir.resolve("p.xlsx"));
        }
        ReturnedAction a = action(read(file), "1.2");
        assertEquals(Rag.GREEN, a.rag());
        assertEquals(0, new BigDecimal("1205").compareTo(a.actuals().get(0).value()));
    }

    @Test
    void aRagThatIsNotOneOfTheListAndAnActualInWordsAreReportedAndIgnored() throws IOException {
        Path file;
        try (PartnerFill f = new PartnerFill(ReturnsRoundTripTest.returnFor(plan, Q3, "Police"))) {
            file = f.update("1.2", "Fine.", "Purple").actualText("1.2", "about 40").saveAs(dir.resolve("p.xlsx"));
        }
        ReturnFile r = read(file);
        assertNull(action(r, "1.2").rag());
        assertEquals("Fine.", action(r, "1.2").updateText());
        assertTrue(action(r, "1.2").actuals().isEmpty());
        List<ReturnIssue> invalid = issues(r, Kind.INVALID_VALUE);
        assertEquals(2, invalid.size(), invalid.toString());
        assertTrue(invalid.get(0).message().contains("Purple"));
        assertTrue(invalid.get(1).message().contains("about 40"));
    }

    @Test
    void aFormulaInAnInputCellGivesItsShownValueAndAWarning() throws IOException {
        Path file;
        try (PartnerFill f = new PartnerFill(ReturnsRoundTripTest.returnFor(plan, Q3, "Police"))) {
            Cell actual = f.row(ReturnLayout.TARGETS, ReturnLayout.T_CODE, "1.2").getCell(ReturnLayout.T_ACTUAL);
            actual.setCellFormula("300+40");
            f.wb.getCreationHelper().createFormulaEvaluator().evaluateFormulaCell(actual);
            file = f.saveAs(dir.resolve("p.xlsx"));
        }
        ReturnFile r = read(file);
        assertEquals(0, new BigDecimal("340").compareTo(action(r, "1.2").actuals().get(0).value()));
        assertEquals(List.of("1.2"), issues(r, Kind.FORMULA).stream().map(ReturnIssue::code).toList());
    }

    @Test
    void anUnchangedMilestoneStatusIsNotAChange() throws IOException {
        Path file;
        try (PartnerFill f = new PartnerFill(ReturnsRoundTripTest.returnFor(plan, Q3, "Police"))) {
            file = f.milestone("1.2b", "Complete").saveAs(dir.resolve("p.xlsx"));
        }
        ReturnedAction a = action(read(file), "1.2");
        assertEquals(List.of("1.2b"), a.milestones().stream().map(ReturnedAction.ReturnedMilestone::code).toList());
    }

    @Test
    void aCopiedRowIsReportedAndTheOriginalKept() throws IOException {
        Path file;
        try (PartnerFill f = new PartnerFill(ReturnsRoundTripTest.returnFor(plan, Q3, "Police"))) {
            f.update("1.2", "Original.", "Green");
            var copy = f.sheet(ReturnLayout.ACTIONS).createRow(f.sheet(ReturnLayout.ACTIONS).getLastRowNum() + 1);
            var original = f.actionRow("1.2");
            for (Cell c : original) {
                copy.createCell(c.getColumnIndex()).setCellValue(c.getStringCellValue());
            }
            copy.getCell(ReturnLayout.A_UPDATE).setCellValue("Copy.");
            file = f.saveAs(dir.resolve("p.xlsx"));
        }
        ReturnFile r = read(file);
        assertEquals("Original.", action(r, "1.2").updateText());
        assertEquals(List.of("1.2"), issues(r, Kind.EXTRA_ROW).stream().map(ReturnIssue::code).toList());
    }

    @Test
    void aWorkbookThatIsNotAReturnIsReportedNotThrown() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            wb.createSheet("Budget").createRow(0).createCell(0).setCellValue("Not a return");
            wb.write(out);
        }
        ReturnFile r = new ReturnWorkbookReader().readOrReport("budget.xlsx", new ByteArrayInputStream(out.toByteArray()));
        assertFalse(r.isReadable());
        assertEquals(Kind.NOT_A_RETURN, r.issues().get(0).kind());
        assertTrue(r.issues().get(0).message().contains("not a return made by CSP Planner"), r.issues().get(0).message());
    }

    @Test
    void aFileThatIsNotAWorkbookAtAllIsRefusedWithItsName() {
        ReturnFormatException e = assertThrows(ReturnFormatException.class, () -> new ReturnWorkbookReader()
                .read("notes.xlsx", new ByteArrayInputStream("just text".getBytes())));
        assertTrue(e.getMessage().startsWith("notes.xlsx could not be opened"), e.getMessage());
    }
}
