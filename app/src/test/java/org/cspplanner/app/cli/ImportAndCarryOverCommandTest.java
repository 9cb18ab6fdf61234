package org.cspplanner.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line's import of spreadsheets and its carry-over, on a real workspace. */
class ImportAndCarryOverCommandTest {

    @TempDir
    Path dir;

    record Run(int exit, String out, String err) {
    }

    private Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        String[] all = new String[args.length + 2];
        all[0] = "--workspace";
        all[1] = dir.resolve("ws").toString();
        System.arraycopy(args, 0, all, 2, args.length);
        int exit = CommandLineMain.run(all, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private long planCount() {
        return run("plans").out().lines().filter(l -> l.matches("^[0-9a-f]{8}-.*")).count();
    }

    private Path workbook(String name, String[]... rows) throws Exception {
        Path file = dir.resolve(name);
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = wb.createSheet("Plan");
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    row.createCell(c).setCellValue(rows[r][c]);
                }
            }
            wb.write(out);
        }
        return file;
    }

    private Path fenland() throws Exception {
        return workbook("fenland.xlsx",
                new String[] {"Fenland CSP delivery plan 2014-15"},
                new String[] {"Action Plan No", "Action", "Lead Officer and Organisation", "Completion date", "Progress (RAG)"},
                new String[] {"1.2.1", "Create opportunities to gather feedback", "Rob Mitchell FDC", "31/03/2015", "Green"},
                new String[] {"1.2.2", "Public satisfaction after a CAA project", "Aarron Locks FDC", "30/09/2014", "Complete"},
                new String[] {"1.2.3", "", "", "", ""});
    }

    @Test
    void importingASpreadsheetPrintsWhatWasReadAndThePlanId() throws Exception {
        Run r = run("import", fenland().toString(), "--title", "Fenland 2014/15");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("Read 1 theme, 2 actions, 0 milestones, 0 updates, 0 glossary terms, 1 warning"), r.out());
        assertTrue(r.out().contains("Plan: Fenland 2014/15 (2014/15)"), r.out());
        assertTrue(r.out().contains("Warning: Row 5: action 1.2.3 has no title, skipped"), r.out());
        assertTrue(r.out().contains("B 'Action' → Action"), r.out());
        String id = r.out().lines().filter(l -> l.startsWith("Plan id: ")).findFirst().orElseThrow().substring(9);
        assertTrue(run("plans").out().contains(id));
    }

    @Test
    void aDryRunWritesNothing() throws Exception {
        Run r = run("import", fenland().toString(), "--dry-run");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("Nothing was written (--dry-run)."), r.out());
        assertEquals(0, planCount());
    }

    @Test
    void aSavedMappingIsUsedForHeadersTheImporterDoesNotKnow() throws Exception {
        Path file = workbook("returns.xlsx", new String[] {"Ref", "What we will do", "Who does it", "Kick-off"},
                new String[] {"1", "Hold drop-in surgeries", "ECDC Police", "x"});
        Path mapping = Files.writeString(dir.resolve("m.json"), """
                {"headerRow": 1, "columns": [
                  {"index": 0, "header": "Ref", "field": "CODE"},
                  {"index": 1, "header": "What we will do", "field": "TITLE"},
                  {"index": 2, "header": "Who does it", "field": "LEADS"}]}""");
        Run r = run("import", file.toString(), "--mapping", mapping.toString(), "--title", "Returns");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("C 'Who does it' → Lead"), r.out());
        Path json = dir.resolve("out.json");
        assertEquals(0, run("export", "Returns", "--format", "json", "-o", json.toString()).exit());
        String exported = Files.readString(json);
        assertTrue(exported.contains("\"ECDC\"") && exported.contains("\"Police\""), exported);
    }

    @Test
    void aFailedImportIsOneLineOnStderrAndLeavesTheWorkspaceAsItWas() throws Exception {
        run("import", fenland().toString());
        long before = planCount();
        Path corrupt = Files.write(dir.resolve("broken.xlsx"), new byte[] {'P', 'K', 3, 4, 1, 2, 3, 4, 5, 6, 7, 8});
        Run r = run("import", corrupt.toString());
        assertEquals(CommandLineMain.USER_ERROR, r.exit());
        assertEquals(1, r.err().lines().count(), r.err());
        assertTrue(r.err().startsWith("Error: 'broken.xlsx' could not be read: it is corrupt"), r.err());
        Path noHeader = workbook("budget.xlsx", new String[] {"Item", "Cost"}, new String[] {"Posters", "250"});
        Run r2 = run("import", noHeader.toString());
        assertEquals(CommandLineMain.USER_ERROR, r2.exit());
        assertTrue(r2.err().startsWith("Error: No header row found in 'budget.xlsx'"), r2.err());
        Run r3 = run("import", fenland().toString(), "--mapping", Files.writeString(dir.resolve("bad.json"), "{oops").toString());
        assertEquals(CommandLineMain.USER_ERROR, r3.exit());
        assertTrue(r3.err().startsWith("Error: The mapping file is not a valid column mapping"), r3.err());
        assertEquals(before, planCount());
    }

    @Test
    void carryOverCreatesNextYearsPlanWithTheOpenActions() throws Exception {
        run("import", fenland().toString(), "--title", "Fenland 2014/15");
        Run r = run("carry-over", "Fenland 2014/15", "--title", "Fenland 2015/16");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("Created 'Fenland 2015/16' (2015/16) from 'Fenland 2014/15': 1 of 2 actions carried over"), r.out());
        assertTrue(r.out().contains("Plan id: "), r.out());
        Run all = run("carry-over", "Fenland 2014/15", "--title", "Fenland 2015/16 (all)", "--all");
        assertEquals(0, all.exit(), all.err());
        assertTrue(all.out().contains("2 of 2 actions carried over"), all.out());
        assertEquals(3, planCount());
    }

    @Test
    void carryOverOfAnUnknownPlanChangesNothing() {
        Run r = run("carry-over", "No such plan", "--title", "Next");
        assertEquals(CommandLineMain.USER_ERROR, r.exit());
        assertTrue(r.err().startsWith("Error: No plan has the id or title 'No such plan'"), r.err());
        assertEquals(0, planCount());
    }
}
