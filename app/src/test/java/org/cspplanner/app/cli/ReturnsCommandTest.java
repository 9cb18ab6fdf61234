package org.cspplanner.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.cspplanner.model.Plan;
import org.cspplanner.model.Rag;
import org.cspplanner.model.ReportingPeriod;
import org.cspplanner.model.Update;
import org.cspplanner.model.json.PlanJson;
import org.cspplanner.model.sample.SamplePlan;
import org.cspplanner.model.service.PlanService;
import org.cspplanner.model.store.Workspace;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The returns and merge-returns commands, on a workspace holding the sample plan. */
class ReturnsCommandTest {

    private static final String Q3 = "Q3 2026/27";
    private static final String POLICE_FILE = "return-Q3-2026-27-Police.xlsx";

    @TempDir
    Path dir;

    private final Plan sample = SamplePlan.create();

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

    @BeforeEach
    void importTheSamplePlan() throws Exception {
        Path file = dir.resolve("sample.json");
        Files.write(file, new PlanJson().toBytes(sample));
        assertEquals(0, run("import", file.toString()).exit());
    }

    private Path out() {
        return dir.resolve("returns");
    }

    private Plan stored() {
        try (Workspace ws = Workspace.open(dir.resolve("ws"))) {
            return new PlanService(ws).loadPlan(sample.id());
        }
    }

    /** Types an update and RAG into the row of an action, finding the columns by their headings as a partner would. */
    private static void fillIn(Path file, String code, String text, String rag) throws Exception {
        XSSFWorkbook wb;
        try (InputStream in = Files.newInputStream(file)) {
            wb = new XSSFWorkbook(in);
        }
        try (wb) {
            Sheet sheet = wb.getSheet("Your actions");
            int update = column(sheet, "Update for " + Q3);
            int ragColumn = column(sheet, "RAG for " + Q3);
            for (Row row : sheet) {
                if (row.getCell(0).getStringCellValue().equals(code)) {
                    row.getCell(update).setCellValue(text);
                    row.getCell(ragColumn).setCellValue(rag);
                }
            }
            try (OutputStream o = Files.newOutputStream(file)) {
                wb.write(o);
            }
        }
    }

    private static int column(Sheet sheet, String heading) {
        for (Cell c : sheet.getRow(0)) {
            if (c.getStringCellValue().equals(heading)) {
                return c.getColumnIndex();
            }
        }
        throw new AssertionError("No column " + heading);
    }

    @Test
    void returnsWritesOneFilePerLeadOrganisationAndACoveringList() throws Exception {
        Run r = run("returns", sample.title(), "--period", Q3, "-o", out().toString(), "--deadline", "08/01/2027");
        assertEquals(0, r.exit(), r.err());
        assertTrue(Files.isRegularFile(out().resolve(POLICE_FILE)));
        assertTrue(Files.isRegularFile(out().resolve("return-Q3-2026-27-Vale-Homes.xlsx")));
        List<String> list = Files.readAllLines(out().resolve("returns-Q3-2026-27.csv"));
        assertEquals(9, list.size(), "a header and 8 recipients");
        assertTrue(list.get(0).endsWith("Recipient organisation,Recipient officer,File,Actions,Sent,Replied,Reply file"));
        assertTrue(list.contains("Police,," + POLICE_FILE + ",1.1 1.2 1.4 2.2 3.2 3.3 4.1 4.2 4.3,"
                + LocalDate.now().format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")) + ",,"), list.toString());
        assertTrue(r.out().contains("Wrote 8 returns for Q3 2026/27"), r.out());
    }

    @Test
    void returnsByOfficerNamesTheOfficerInTheFile() {
        Run r = run("returns", sample.title(), "--period", Q3, "-o", out().toString(), "--by", "officer");
        assertEquals(0, r.exit(), r.err());
        assertTrue(Files.isRegularFile(out().resolve("return-Q3-2026-27-WVDC-Helen-Marsh.xlsx")));
    }

    @Test
    void aQuarterOutsideThePlanIsRefusedInOneLine() {
        Run r = run("returns", sample.title(), "--period", "Q3 2030/31", "-o", out().toString());
        assertEquals(CommandLineMain.USER_ERROR, r.exit());
        assertEquals("Error: Q3 2030/31 is outside the plan's period (2026/27).", r.err().strip());
        assertFalse(Files.exists(out()));
    }

    @Test
    void mergeReturnsWithoutAcceptAllShowsThePreviewAndWritesNothing() throws Exception {
        run("returns", sample.title(), "--period", Q3, "-o", out().toString());
        Path police = out().resolve(POLICE_FILE);
        fillIn(police, "1.2", "Patrols continued.", "Amber");
        Run r = run("merge-returns", sample.title(), police.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("1.2  Police (" + POLICE_FILE + ")"), r.out());
        assertTrue(r.out().contains("RAG:    Green -> Amber"), r.out());
        assertTrue(r.out().contains("New:    \"Patrols continued.\""), r.out());
        assertTrue(r.out().contains("Nothing was written."), r.out());
        assertTrue(r.out().contains("run again with --accept-all"), r.out());
        assertEquals(sample, stored());
    }

    @Test
    void dryRunNeverWritesEvenWithAcceptAll() throws Exception {
        run("returns", sample.title(), "--period", Q3, "-o", out().toString());
        Path police = out().resolve(POLICE_FILE);
        fillIn(police, "1.2", "Patrols continued.", "Amber");
        Run r = run("merge-returns", sample.title(), police.toString(), "--accept-all", "--dry-run");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("Dry run: nothing was written."), r.out());
        assertEquals(sample, stored());
        assertFalse(Files.readString(out().resolve("returns-Q3-2026-27.csv")).contains(POLICE_FILE + "\r\n"),
                "the covering list is untouched");
    }

    @Test
    void acceptAllWritesTheUpdatesAndMarksTheReplyInTheCoveringList() throws Exception {
        run("returns", sample.title(), "--period", Q3, "-o", out().toString());
        Path police = out().resolve(POLICE_FILE);
        fillIn(police, "1.2", "Patrols continued.", "Amber");
        Run r = run("merge-returns", sample.title(), police.toString(), "--accept-all");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("Merged 1 change from 1 file"), r.out());
        Update u = stored().actions().filter(a -> a.code().equals("1.2")).findFirst().orElseThrow()
                .updateFor(ReportingPeriod.parse(Q3)).orElseThrow();
        assertEquals("Patrols continued.", u.text());
        assertEquals(Rag.AMBER, u.rag());
        assertEquals("Police", u.organisation());
        assertEquals(POLICE_FILE, u.source());
        assertEquals(LocalDate.now(), u.date());
        String list = Files.readString(out().resolve("returns-Q3-2026-27.csv"));
        assertTrue(list.lines().anyMatch(l -> l.startsWith("Police,") && l.endsWith("," + POLICE_FILE)), list);
        assertTrue(r.out().contains("Still waiting for: WVDC, Vale Homes"), r.out());
    }

    @Test
    void aMissingFileIsOneLineOnStderrAndNothingIsWritten() {
        Run r = run("merge-returns", sample.title(), dir.resolve("nowhere.xlsx").toString(), "--accept-all");
        assertEquals(CommandLineMain.USER_ERROR, r.exit());
        assertTrue(r.err().startsWith("Error: No such file: "), r.err());
        assertEquals(1, r.err().lines().count());
        assertEquals(sample, stored());
    }

    @Test
    void aFileThatIsNotAReturnIsReportedAndSkipped() throws Exception {
        Path notes = Files.writeString(dir.resolve("notes.xlsx"), "just text");
        Run r = run("merge-returns", sample.title(), notes.toString(), "--accept-all");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("notes.xlsx: notes.xlsx could not be opened as an Excel workbook"), r.out());
        assertTrue(r.out().contains("0 of 1 file can be merged"), r.out());
        assertEquals(sample, stored());
    }
}
